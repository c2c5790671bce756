package org.taipan.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CpuTest {

  @Test
  void osArchNamesMapToArchitectures() {
    assertEquals(Cpu.Arch.X86_64, Cpu.Arch.fromOsArch("amd64"));
    assertEquals(Cpu.Arch.X86_64, Cpu.Arch.fromOsArch("x86_64"));
    assertEquals(Cpu.Arch.AARCH64, Cpu.Arch.fromOsArch("aarch64"));
    assertEquals(Cpu.Arch.OTHER, Cpu.Arch.fromOsArch("riscv64"));
  }

  @Test
  void detectReportsThisJvmsArchitecture() {
    assertEquals(Cpu.Arch.fromOsArch(System.getProperty("os.arch")), Cpu.detect().arch());
  }
}
