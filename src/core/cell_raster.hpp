// Shapes on a grid of square cells, as runs of cells per row. Ranking measures how much of a
// person's marked area lies in a drawn referral pattern by counting shared cells: at 4 atlas
// units a cell (a fingertip is about 10) that is exact enough, costs one lookup per run with
// prefix sums, and needs no polygon clipping. Cell (col, row) covers
// [col * kCellSize, (col + 1) * kCellSize) x [row * kCellSize, (row + 1) * kCellSize).
#pragma once

#include "geometry.hpp"

#include <cstdint>
#include <vector>

namespace ta {

constexpr double kCellSize = 4.0;

struct CellRun {
    int row = 0, first = 0, last = 0;  // cells first..last of the row, inclusive
    friend bool operator==(const CellRun&, const CellRun&) = default;
};

// The cells whose centres a shape contains (even-odd rule), by row then column.
struct CellRaster {
    std::vector<CellRun> runs;
    int min_col = 0, min_row = 0, max_col = -1, max_row = -1;  // bounds of the runs

    bool Empty() const { return runs.empty(); }
    long CellCount() const;
    friend bool operator==(const CellRaster&, const CellRaster&) = default;
};

// Every cell in any of the rasters, and the cells of `a` not in `b`.
CellRaster UnionOf(const std::vector<const CellRaster*>& rasters);
CellRaster Minus(const CellRaster& a, const CellRaster& b);

AtlasPoint CellCentre(int col, int row);
int CellColumn(double x);   // the column containing x
int CellRow(double y);

// `canvas` bounds the grid (the view's viewBox); cells outside it are dropped.
CellRaster RasterizeShape(const Shape& shape, const Rect& canvas);

// A weight per cell over a rectangle of the grid, with row prefix sums so that the weight under
// any run is two lookups.
class CellWeights {
public:
    CellWeights(int min_col, int min_row, int cols, int rows);
    void Set(int col, int row, float weight);          // inside the rectangle only
    float At(int col, int row) const;                  // 0 outside the rectangle
    void Finish();                                     // builds the prefix sums; call after the last Set
    double Total() const { return total_; }
    double Under(const CellRaster& raster) const;      // the weight of the cells the raster covers
    int MinCol() const { return min_col_; }
    int MinRow() const { return min_row_; }
    int Cols() const { return cols_; }
    int Rows() const { return rows_; }

private:
    int min_col_, min_row_, cols_, rows_;
    std::vector<float> weight_;
    std::vector<double> prefix_;   // per row: cols + 1 running sums
    double total_ = 0;
};

}  // namespace ta
