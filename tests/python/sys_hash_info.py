# sys.hash_info: CPython's numeric hash parameters (64-bit siphash13 build), consistent with hash()
# of ints, floats and fractions (modulus 2**61 - 1, inf 314159).
import sys
from fractions import Fraction

hi = sys.hash_info
print(hi)
print(hi.width, hi.modulus == 2**61 - 1, hi.inf, hi.nan, hi.imag, hi.algorithm, hi.hash_bits, hi.seed_bits, hi.cutoff)
print(type(hi).__name__, len(hi), hi[1] == hi.modulus)
print(hash(float("inf")) == hi.inf, hash(-float("inf")) == -hi.inf)
print(hash(2**61 - 1) == 0, hash(2**61) == 1, hash(Fraction(1, 3)) == pow(3, hi.modulus - 2, hi.modulus))
