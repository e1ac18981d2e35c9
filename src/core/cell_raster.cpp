// Scanline rasterisation of shapes into cell runs, and weighted cell rectangles.
#include "cell_raster.hpp"

#include <algorithm>
#include <cmath>

namespace ta {

long CellRaster::CellCount() const {
    long count = 0;
    for (const CellRun& run : runs) count += run.last - run.first + 1;
    return count;
}

namespace {

void UpdateBounds(CellRaster& raster) {
    if (raster.runs.empty()) return;
    raster.min_row = raster.runs.front().row;
    raster.max_row = raster.runs.back().row;
    raster.min_col = raster.runs.front().first;
    raster.max_col = raster.runs.front().last;
    for (const CellRun& run : raster.runs) {
        raster.min_col = std::min(raster.min_col, run.first);
        raster.max_col = std::max(raster.max_col, run.last);
    }
}

}  // namespace

CellRaster UnionOf(const std::vector<const CellRaster*>& rasters) {
    std::vector<CellRun> all;
    for (const CellRaster* r : rasters) all.insert(all.end(), r->runs.begin(), r->runs.end());
    std::sort(all.begin(), all.end(), [](const CellRun& a, const CellRun& b) { return a.row != b.row ? a.row < b.row : a.first < b.first; });
    CellRaster out;
    for (const CellRun& run : all) {
        if (!out.runs.empty() && out.runs.back().row == run.row && run.first <= out.runs.back().last + 1)
            out.runs.back().last = std::max(out.runs.back().last, run.last);
        else
            out.runs.push_back(run);
    }
    UpdateBounds(out);
    return out;
}

CellRaster Minus(const CellRaster& a, const CellRaster& b) {
    CellRaster out;
    size_t j = 0;
    for (const CellRun& run : a.runs) {
        while (j < b.runs.size() && b.runs[j].row < run.row) ++j;
        int first = run.first;
        for (size_t k = j; k < b.runs.size() && b.runs[k].row == run.row && first <= run.last; ++k) {
            const CellRun& cut = b.runs[k];
            if (cut.last < first || cut.first > run.last) continue;
            if (cut.first > first) out.runs.push_back({run.row, first, cut.first - 1});
            first = std::max(first, cut.last + 1);
        }
        if (first <= run.last) out.runs.push_back({run.row, first, run.last});
    }
    UpdateBounds(out);
    return out;
}

AtlasPoint CellCentre(int col, int row) { return {(col + 0.5) * kCellSize, (row + 0.5) * kCellSize}; }
int CellColumn(double x) { return static_cast<int>(std::floor(x / kCellSize)); }
int CellRow(double y) { return static_cast<int>(std::floor(y / kCellSize)); }

CellRaster RasterizeShape(const Shape& shape, const Rect& canvas) {
    CellRaster raster;
    if (shape.rings.empty() || shape.bounds.Empty()) return raster;
    const int first_row = std::max(CellRow(shape.bounds.min_y), CellRow(canvas.min_y));
    const int last_row = std::min(CellRow(shape.bounds.max_y), CellRow(canvas.max_y) - 1);
    if (last_row < first_row) return raster;
    const int first_col = CellColumn(canvas.min_x), last_col = CellColumn(canvas.max_x) - 1;
    // Each edge drops its crossings into the rows it spans, so the work is the number of
    // crossings, not rows times edges (regions and patterns have hundreds of edges).
    std::vector<std::vector<double>> crossings(static_cast<size_t>(last_row - first_row + 1));
    for (const Polygon& ring : shape.rings)
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const AtlasPoint a = ring[i], b = ring[j];
            if (a.y == b.y) continue;
            const double lo = std::min(a.y, b.y), hi = std::max(a.y, b.y);
            // The rows whose centres lie between the ends, one more each way; the half-open test
            // below decides the boundary rows exactly as a test of every edge would.
            const int r0 = std::max(first_row, static_cast<int>(std::floor(lo / kCellSize - 0.5)));
            const int r1 = std::min(last_row, static_cast<int>(std::floor(hi / kCellSize - 0.5)) + 1);
            for (int row = r0; row <= r1; ++row) {
                const double y = (row + 0.5) * kCellSize;
                if (!((a.y > y) != (b.y > y))) continue;
                crossings[static_cast<size_t>(row - first_row)].push_back(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y));
            }
        }
    for (int row = first_row; row <= last_row; ++row) {
        auto& xs = crossings[static_cast<size_t>(row - first_row)];
        std::sort(xs.begin(), xs.end());
        // Even-odd: inside between crossings 0-1, 2-3, ...; a cell is in when its centre is.
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            const int first = std::max(first_col, static_cast<int>(std::ceil(xs[k] / kCellSize - 0.5)));
            const int last = std::min(last_col, static_cast<int>(std::ceil(xs[k + 1] / kCellSize - 0.5)) - 1);
            if (first > last) continue;
            raster.runs.push_back({row, first, last});
        }
    }
    UpdateBounds(raster);
    return raster;
}

CellWeights::CellWeights(int min_col, int min_row, int cols, int rows)
    : min_col_(min_col), min_row_(min_row), cols_(std::max(cols, 0)), rows_(std::max(rows, 0)),
      weight_(static_cast<size_t>(cols_) * static_cast<size_t>(rows_), 0.f) {}

void CellWeights::Set(int col, int row, float weight) {
    const int c = col - min_col_, r = row - min_row_;
    if (c < 0 || r < 0 || c >= cols_ || r >= rows_) return;
    weight_[static_cast<size_t>(r) * cols_ + c] = weight;
}

float CellWeights::At(int col, int row) const {
    const int c = col - min_col_, r = row - min_row_;
    if (c < 0 || r < 0 || c >= cols_ || r >= rows_) return 0;
    return weight_[static_cast<size_t>(r) * cols_ + c];
}

void CellWeights::Finish() {
    prefix_.assign(static_cast<size_t>(rows_) * (cols_ + 1), 0.0);
    total_ = 0;
    for (int r = 0; r < rows_; ++r) {
        double* sums = &prefix_[static_cast<size_t>(r) * (cols_ + 1)];
        for (int c = 0; c < cols_; ++c) sums[c + 1] = sums[c] + weight_[static_cast<size_t>(r) * cols_ + c];
        total_ += sums[cols_];
    }
}

double CellWeights::Under(const CellRaster& raster) const {
    if (raster.max_col < min_col_ || raster.min_col >= min_col_ + cols_ || raster.max_row < min_row_ ||
        raster.min_row >= min_row_ + rows_)
        return 0;
    double sum = 0;
    for (const CellRun& run : raster.runs) {
        const int r = run.row - min_row_;
        if (r < 0 || r >= rows_) continue;
        const int first = std::max(run.first - min_col_, 0), last = std::min(run.last - min_col_, cols_ - 1);
        if (first > last) continue;
        const double* sums = &prefix_[static_cast<size_t>(r) * (cols_ + 1)];
        sum += sums[last + 1] - sums[first];
    }
    return sum;
}

}  // namespace ta
