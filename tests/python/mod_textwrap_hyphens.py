import textwrap

# break_on_hyphens: words split after hyphens joining letters; em-dashes are
# chunks of their own; long words break after their last hyphen that fits.
print(textwrap.wrap("a well-known state-of-the-art long-running e-mail", 12))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 5))
print(textwrap.wrap("Hello there -- you goof-ball, use the -b option!", 10))
print(textwrap.wrap("self-contained multi-thread-safe x-y ab-cd-ef 12-34 --flag", 8))
print(textwrap.wrap("word--another and this---that, emdash-- here", 9))
print(textwrap.wrap("super-long-hyphenated-identifier-name", 15))
print(textwrap.wrap("----abc-defgh", 6))
print(textwrap.wrap("a well-known state-of-the-art", 12, break_on_hyphens=False))
print(textwrap.wrap("state-of-the-art", 7, break_long_words=False))
print(textwrap.fill("The quick-witted fox's half-baked plan -- really? -- fell through.", 16))
print(textwrap.wrap("année-après-année l'été-là", 9))
