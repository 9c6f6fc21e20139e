# statistics: StatisticsError messages and type coercion errors
import statistics as st
for f in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.mode([]),
          lambda: st.median([]), lambda: st.fmean([]), lambda: st.harmonic_mean([-1, 2]),
          lambda: st.quantiles([1]), lambda: st.pstdev([]), lambda: st.mean(['a'])]:
    try:
        print(f())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
