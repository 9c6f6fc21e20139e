# colorsys is CPython 3.11.7's (the reference): rgb_to_hls computes the saturation of light colors
# (l > 0.5) as rangec / (2.0-maxc-minc) (gh-106498), not 2.0-sumc, which rounds differently.
import colorsys

for rgb in [(0.6, 0.6, 1.0), (1.0, 1.0, 0.0), (0.9, 0.8, 0.99), (1.0, 0.7, 0.5), (0.3, 0.2, 0.1), (0.7, 0.9, 0.8)]:
    h, l, s = colorsys.rgb_to_hls(*rgb)
    print(rgb, (h, l, s), colorsys.hls_to_rgb(h, l, s))
