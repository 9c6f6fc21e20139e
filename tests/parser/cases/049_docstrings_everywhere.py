"""module"""
class A:
    """class"""
    def f(self):
        """method"""
        "not a docstring but an expression"
async def g():
    """async function"""
