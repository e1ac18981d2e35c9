// Slab decomposition: exact for the even-odd rule, O(n log n + slabs x active edges), capped.
#include "triangulate.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

namespace {

struct Edge {
    AtlasPoint top, bottom;  // top.y < bottom.y
    double XAt(double y) const {
        return top.x + (y - top.y) * (bottom.x - top.x) / (bottom.y - top.y);
    }
};

std::vector<Edge> CollectEdges(const Shape& shape) {
    std::vector<Edge> edges;
    for (const auto& ring : shape.rings) {
        for (size_t i = 0, n = ring.size(); i < n; ++i) {
            AtlasPoint a = ring[i], b = ring[(i + 1) % n];
            if (a.y == b.y) continue;  // horizontal edges bound no slab
            edges.push_back(a.y < b.y ? Edge{a, b} : Edge{b, a});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& l, const Edge& r) { return l.top.y < r.top.y; });
    return edges;
}

void AddTrapezoid(TriangleMesh& mesh, double y0, double y1, double l0, double l1, double r0, double r1) {
    auto base = static_cast<uint32_t>(mesh.vertices.size());
    mesh.vertices.insert(mesh.vertices.end(), {{l0, y0}, {r0, y0}, {r1, y1}, {l1, y1}});
    mesh.indices.insert(mesh.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
}

// Calls `slab(y0, y1, crossing)` for each slab with the edges crossing it, until it returns false.
template <typename SlabFn>
void SweepSlabs(const Shape& shape, SlabFn slab) {
    std::vector<Edge> edges = CollectEdges(shape);
    std::vector<double> ys;
    for (const auto& e : edges) { ys.push_back(e.top.y); ys.push_back(e.bottom.y); }
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());

    std::vector<const Edge*> active, crossing;
    size_t next_edge = 0;
    for (size_t s = 0; s + 1 < ys.size(); ++s) {
        const double y0 = ys[s], y1 = ys[s + 1];
        while (next_edge < edges.size() && edges[next_edge].top.y <= y0) active.push_back(&edges[next_edge++]);
        std::erase_if(active, [&](const Edge* e) { return e->bottom.y <= y0; });
        crossing.clear();
        for (const Edge* e : active)
            if (e->top.y <= y0 && e->bottom.y >= y1) crossing.push_back(e);
        if (!slab(y0, y1, crossing)) return;
    }
}

}  // namespace

// The same count as Triangulate's, without building the slabs: an edge crosses every slab from
// its top to its bottom, so a running sum over the sorted edge ends gives each slab's crossings.
size_t TrapezoidCount(const Shape& shape, size_t limit) {
    std::vector<std::pair<double, int>> ends;  // (y, +1 at an edge's top, -1 at its bottom)
    for (const auto& ring : shape.rings) {
        for (size_t i = 0, n = ring.size(); i < n; ++i) {
            const double a = ring[i].y, b = ring[(i + 1) % n].y;
            if (a == b) continue;  // horizontal edges bound no slab
            ends.emplace_back(std::min(a, b), 1);
            ends.emplace_back(std::max(a, b), -1);
        }
    }
    std::sort(ends.begin(), ends.end());
    size_t count = 0;
    long crossing = 0;
    for (size_t i = 0; i < ends.size() && count <= limit;) {
        const double y = ends[i].first;
        for (; i < ends.size() && ends[i].first == y; ++i) crossing += ends[i].second;
        if (i < ends.size()) count += static_cast<size_t>(crossing) / 2;
    }
    return count;
}

TriangleMesh Triangulate(const Shape& shape) {
    TriangleMesh mesh;
    size_t trapezoids = 0;
    SweepSlabs(shape, [&](double y0, double y1, std::vector<const Edge*>& crossing) {
        const double mid = (y0 + y1) / 2;
        std::sort(crossing.begin(), crossing.end(), [&](const Edge* l, const Edge* r) { return l->XAt(mid) < r->XAt(mid); });
        for (size_t i = 0; i + 1 < crossing.size() && trapezoids < kMaxTrapezoids; i += 2, ++trapezoids)
            AddTrapezoid(mesh, y0, y1, crossing[i]->XAt(y0), crossing[i]->XAt(y1), crossing[i + 1]->XAt(y0), crossing[i + 1]->XAt(y1));
        return trapezoids < kMaxTrapezoids;
    });
    return mesh;
}

double TriangleMesh::Area() const {
    double area = 0;
    for (size_t i = 0; i + 2 < indices.size(); i += 3) {
        const AtlasPoint &a = vertices[indices[i]], &b = vertices[indices[i + 1]], &c = vertices[indices[i + 2]];
        area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
    return area;
}

}  // namespace ta
