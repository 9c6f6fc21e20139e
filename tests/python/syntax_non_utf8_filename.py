# The Non-UTF-8 SyntaxError names the script as given on the command line, not "main.py".
print("never printed")
s = "café"
