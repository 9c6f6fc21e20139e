from __future__ import generator_stop, nested_scopes, annotations
from __future__ import no_such_feature

print("never runs")
