# leading comment

x = 1  # trailing comment


# comment between
def f():
    # comment in body

    return 1
    # comment after return

        # oddly indented comment
# dedented comment
y = 2
