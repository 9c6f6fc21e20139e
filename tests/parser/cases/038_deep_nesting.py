def a():
    def b():
        def c():
            def d():
                if x:
                    for i in y:
                        while z:
                            with w:
                                try:
                                    pass
                                except:
                                    pass
                return d
            return d
        return c
    return b
x = ((((((((((1))))))))))
y = [[[[[[[[[[1]]]]]]]]]]
z = -(-(-(-(-(-1)))))
