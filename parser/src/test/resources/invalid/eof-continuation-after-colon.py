class A:\
