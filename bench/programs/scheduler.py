"""Object-oriented simulation in the style of the classic "richards" benchmark: a cooperative
operating-system kernel with prioritised tasks (an idle task, workers, device handlers and
devices) that pass message packets to each other through queues, wait, hold and release.  Our
own design, written for Taipan's bench/."""

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
DATA_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: priority, state flags, its input queue and its behaviour."""

    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.runnable = queue is not None
        self.link = kernel.tasks_head
        kernel.tasks_head = self
        kernel.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and self.queue is None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
            self.waiting = False
        return packet

    def receive(self, packet, sender):
        """Queues a packet; returns the task to run next."""
        if self.queue is None:
            self.queue = packet
            packet.link = None
            self.waiting = False
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, count):
        Task.__init__(self, kernel, ident, priority, None)
        self.waiting = False
        self.runnable = True
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_self()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.kernel.release(DEVICE_B)
        self.seed >>= 1
        return self.kernel.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.count = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter = self.letter + 1 if self.letter < 26 else 1
            data[i] = self.letter
        return self.kernel.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            count = work.count
            if count < DATA_SIZE:
                device = self.devices
                if device is not None:
                    self.devices = device.link
                    device.count = work.data[count]
                    work.count = count + 1
                    return self.kernel.send(device)
            else:
                self.work = work.link
                return self.kernel.send(work)
        return self.kernel.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.kernel.wait()
            self.pending = None
            return self.kernel.send(pending)
        self.pending = packet
        self.kernel.io_checksum = (self.kernel.io_checksum * 31 + packet.count) % 1000003
        return self.kernel.hold_self()


class Kernel:
    def __init__(self):
        self.table = [None] * 6
        self.tasks_head = None
        self.current = None
        self.hold_count = 0
        self.send_count = 0
        self.io_checksum = 0

    def run(self):
        task = self.tasks_head
        while task is not None:
            if task.blocked():
                task = task.link
            else:
                self.current = task
                task = task.step(task.take_packet())
        return task

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def send(self, packet):
        target = self.table[packet.owner]
        self.send_count += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.receive(packet, self.current)


def simulate(idle_count):
    k = Kernel()
    IdleTask(k, IDLE, 0, idle_count)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(k, WORKER, 1000, work)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(k, handler, 2000 + handler, queue)
    DeviceTask(k, DEVICE_A, 4000, None)
    DeviceTask(k, DEVICE_B, 5000, None)
    k.run()
    return k.send_count, k.hold_count, k.io_checksum


def run(n):
    totals = [0, 0, 0]
    for rounds in range(n):
        sends, holds, io = simulate(1000 + rounds)
        totals[0] += sends
        totals[1] += holds
        totals[2] = (totals[2] * 7 + io) % 1000003
    return tuple(totals)


if __name__ == "__main__":
    import _harness
    _harness.main(run, 150, 5)
