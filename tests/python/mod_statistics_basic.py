# statistics: means, medians, modes and spread with exact arithmetic
import statistics as st
from fractions import Fraction as F
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([1.5, 2.5, 2.5, 2.75]), st.mean([F(1, 3), F(2, 3)]), st.fmean([1, 2, 3.5]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.mode('aabbbc'), st.multimode('aabbcc'))
print(st.stdev([1, 2, 3, 4]), st.pstdev([1, 2, 3, 4]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.pvariance([1, 2, 3]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.stdev(range(100)))
print(st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(10), n=3, method='inclusive'))
print(st.median_grouped([52, 52, 53, 54]), st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 3, 2]), st.linear_regression([1, 2, 3], [2, 4, 6]))
print(st.NormalDist(0, 1).cdf(1.0), st.NormalDist(10, 2), st.NormalDist.from_samples([1, 2, 3]).stdev)
