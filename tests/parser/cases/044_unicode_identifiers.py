café = 1
π = 3.14159
日本 = "japan"
Ωmega_2 = π * café
def naïve(ü):
    return ü
