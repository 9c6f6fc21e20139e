import statistics as st
from decimal import Decimal as D
import statistics as st
from decimal import Decimal as D
from fractions import Fraction as F
data = [D("1.1"), D("2.2"), D("3.35"), D("0.5")]
print(st.mean(data), st.median(data), st.variance(data), st.pvariance(data))
print(st.stdev(data), st.pstdev(data))
print(st.mean([D(1), D(2)]), st.mean([1, D("2.5")]), st.harmonic_mean([D("2"), D("4")]))
print(st.mean([F(1, 3), 2]), st.variance([F(1), F(2), F(4)]), st.stdev([F(1), F(2), F(4)]))
print(st.median([D("1"), D("2")]), st.mode([D("1.5"), D("1.5"), D("2")]))
print(st.mean([1, 2, 3, 4]), st.mean([True, False, True]), st.variance([1, 2, 3, 4]), st.mean([1.0, 2]))
print(st.geometric_mean([D(2), D(8)]), st.fmean([D("1.5"), D("2.5")]), st.median_grouped([D(1), D(3)]))
print(repr(st.mean([D("1.10"), D("2.20")])), repr(st.pvariance([D("0.1"), D("0.3")])))
from statistics import NormalDist, StatisticsError
iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(round(iq.cdf(130), 8), round(iq.pdf(100), 8), iq.inv_cdf(0.5), iq.inv_cdf(0.975), iq.inv_cdf(0.01))
print(iq.quantiles(), iq.quantiles(n=10))
print(iq.zscore(130), iq.overlap(NormalDist(110, 20)), NormalDist(0, 1).overlap(NormalDist(0, 1)))
a = NormalDist(10, 3); b = NormalDist(5, 4)
print(a + b, a - b, a * 2, 2 * a, a / 2, a + 5, 5 - a, -a, +a, a == NormalDist(10, 3), hash(a) == hash(NormalDist(10.0, 3.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(x, 6) for x in NormalDist(0, 1).samples(3, seed=42)])
for bad in (lambda: NormalDist(0, -1), lambda: iq.inv_cdf(0), lambda: iq.inv_cdf(1.5), lambda: NormalDist(1, 0).cdf(1)):
    try:
        bad()
    except StatisticsError as e:
        print("StatisticsError", e)
print(NormalDist().inv_cdf(1e-10), NormalDist().inv_cdf(0.9999), NormalDist().cdf(-3))
print(repr(st.harmonic_mean([D("2.5")])), st.stdev([D(1),D(1)]), st.pstdev([D(-1),D(1)]))
