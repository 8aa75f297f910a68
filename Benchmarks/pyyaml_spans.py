"""The analyst's route, for `make bench`: PyYAML's C loader reads an OrgChart file, NetworkX builds the reporting
graph and counts each head's direct reports (the span of control). Prints the seconds it took (wall, then CPU)."""
import sys, time
import yaml
import networkx as nx

start = time.perf_counter()
cpu_start = time.process_time()
with open(sys.argv[1], encoding="utf-8") as f:
    chart = yaml.load(f, Loader=yaml.CSafeLoader)
units = {u["id"]: u for u in chart.get("units") or []}
posts = chart.get("positions") or []
head_of = {p["unit"]: p["id"] for p in posts if p.get("head")}
g = nx.DiGraph()
for p in posts:
    g.add_node(p["id"])
    boss = p.get("reports_to")
    if boss is None:
        unit = p["unit"]
        if p.get("head"):
            parent = units.get(unit, {}).get("parent")
            boss = head_of.get(parent) if parent else None
        else:
            boss = head_of.get(unit)
    if boss is not None and boss != p["id"]:
        g.add_edge(boss, p["id"])
spans = {n: g.out_degree(n) for n in g if g.out_degree(n) > 0}
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu_start
print(f"{elapsed:.3f} {len(spans)} {len(chart.get('people') or [])} {cpu:.3f}")
