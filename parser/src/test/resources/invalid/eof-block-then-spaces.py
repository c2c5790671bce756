class A: 
  