class C:
    await g()
