"""Floating point and objects: a small ray tracer with a vector class using operator overloading,
spheres and a checkered plane, point lights with shadows, diffuse and specular shading and
recursive reflections; the checksum folds the quantized colours.  Written for Taipan's bench/."""
from math import sqrt


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def scale(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Material:
    def __init__(self, colour, diffuse=0.8, specular=0.4, shininess=4, reflect=0.2):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checkered(Material):
    def __init__(self, a, b, **kw):
        Material.__init__(self, a, **kw)
        self.other = b

    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2:
            return self.other
        return self.colour


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius2 = radius * radius
        self.material = material

    def hit(self, origin, direction):
        oc = self.centre - origin
        along = oc.dot(direction)
        if along < 0.0:
            return None
        d2 = oc.dot(oc) - along * along
        if d2 > self.radius2:
            return None
        t = along - sqrt(self.radius2 - d2)
        return t if t > EPSILON else None

    def normal(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.n = normal.normalized()
        self.material = material

    def hit(self, origin, direction):
        denom = direction.dot(self.n)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - origin).dot(self.n) / denom
        return t if t > EPSILON else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Checkered(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), reflect=0.3)),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2))),
            Sphere(Vec(-2.0, 0.3, 6.5), 1.3, Material(Vec(0.2, 0.9, 0.3), reflect=0.5)),
            Sphere(Vec(2.2, -0.2, 4.5), 0.8, Material(Vec(0.2, 0.3, 0.9), shininess=8)),
        ]
        self.lights = [(Vec(-5.0, 6.0, -2.0), 0.8), (Vec(6.0, 4.0, 1.0), 0.5)]
        self.ambient = 0.1

    def nearest(self, origin, direction):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        for obj in self.objects:
            t = obj.hit(point, to_light)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            return Vec(0.2, 0.3, 0.5) * (0.5 + 0.5 * direction.y)
        point = origin + direction * t
        normal = obj.normal(point)
        material = obj.material
        base = material.colour_at(point)
        colour = base * self.ambient
        for light_pos, intensity in self.lights:
            to_light = light_pos - point
            distance = to_light.length()
            to_light = to_light * (1.0 / distance)
            if self.shadowed(point + normal * EPSILON, to_light, distance):
                continue
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour + base * (lambert * material.diffuse * intensity)
                half = (to_light - direction).normalized()
                spec = normal.dot(half)
                if spec > 0.0:
                    power = spec
                    for _ in range(material.shininess - 1):
                        power *= spec
                    colour = colour + Vec(1.0, 1.0, 1.0) * (power * material.specular * intensity)
        if depth > 0 and material.reflect > 0.0:
            reflected = direction - normal * (2.0 * direction.dot(normal))
            bounce = self.trace(point + normal * EPSILON, reflected, depth - 1)
            colour = colour + bounce * material.reflect
        return colour


def clamp_byte(v):
    v = int(v * 255.0)
    return 0 if v < 0 else 255 if v > 255 else v


def run(n):
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    checksum = 0
    for row in range(n):
        for col in range(n):
            x = (col + 0.5) / n * 2.0 - 1.0
            y = 1.0 - (row + 0.5) / n * 2.0
            direction = Vec(x, y, 1.5).normalized()
            c = scene.trace(eye, direction, 3)
            pixel = (clamp_byte(c.x) << 16) | (clamp_byte(c.y) << 8) | clamp_byte(c.z)
            checksum = (checksum * 33 + pixel) % 4294967291
    return checksum


if __name__ == "__main__":
    import _harness
    _harness.main(run, 170, 16)
