// The privacy grid (core/geo/grid_cell.h): for random places and every precision, the published
// place is the centre of the place's cell, the same for every place in that cell (so repeated shares
// cannot be averaged back to the place, and the published place tells nothing finer than the cell),
// and the cells are about as large as their name says.

#include "core/geo/grid_cell.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace balgul::core::geo;

namespace {

constexpr Precision kGrids[] = {Precision::M100, Precision::M250, Precision::M500, Precision::Km1};

double metresBetween(double lat1, double lon1, double lat2, double lon2)
{
    const double rad = std::numbers::pi / 180.0;
    const double x = (lon2 - lon1) * rad * std::cos((lat1 + lat2) / 2 * rad);
    const double y = (lat2 - lat1) * rad;
    return std::sqrt(x * x + y * y) * 6371008.8;
}

} // namespace

class TestGridCell : public QObject
{
    Q_OBJECT

private slots:
    void publishedPlaceIsTheCellCentreForEveryPlaceInTheCell()
    {
        std::mt19937_64 random(20261205);
        std::uniform_real_distribution<double> lat(-80, 80), lon(-180, 180), unit(-0.999, 0.999);
        for (int i = 0; i < 4000; ++i) {
            const double trueLat = lat(random), trueLon = lon(random);
            for (const Precision grid : kGrids) {
                const GridCell cell = cellOf(trueLat, trueLon, grid);
                // The place is inside its cell and the published place is the cell's centre.
                QVERIFY(std::abs(trueLat - cell.lat) <= cell.halfLat);
                QVERIFY(std::abs(trueLon - cell.lon) <= cell.halfLon);
                QVERIFY(isCellCentre(cell.lat, cell.lon, grid));
                QVERIFY(!isCellCentre(trueLat, trueLon, grid) ||
                        (std::abs(trueLat - cell.lat) < 1e-7 && std::abs(trueLon - cell.lon) < 1e-7));
                // Sharing again, or from anywhere else in the cell, publishes the very same place:
                // the answer carries nothing about where in the cell the station is.
                const GridCell again = cellOf(trueLat, trueLon, grid);
                QCOMPARE(again.lat, cell.lat);
                QCOMPARE(again.lon, cell.lon);
                const double elsewhereLat = cell.lat + unit(random) * cell.halfLat;
                const double elsewhereLon = cell.lon + unit(random) * cell.halfLon;
                const GridCell other = cellOf(elsewhereLat, elsewhereLon, grid);
                QCOMPARE(other.id(), cell.id());
                QCOMPARE(other.lat, cell.lat);
                QCOMPARE(other.lon, cell.lon);
                // Snapping the published place again changes nothing.
                const GridCell twice = cellOf(cell.lat, cell.lon, grid);
                QCOMPARE(twice.lat, cell.lat);
                QCOMPARE(twice.lon, cell.lon);
                // The cell's id names it.
                const auto named = cellFromId(cell.id());
                QVERIFY(named.has_value());
                QCOMPARE(named->lat, cell.lat);
                QCOMPARE(named->lon, cell.lon);
            }
        }
    }

    void cellsAreAsLargeAsTheirName()
    {
        std::mt19937_64 random(7);
        std::uniform_real_distribution<double> lat(-75, 75), lon(-179, 179);
        for (int i = 0; i < 2000; ++i) {
            const double placeLat = lat(random), placeLon = lon(random);
            for (const Precision grid : kGrids) {
                const GridCell cell = cellOf(placeLat, placeLon, grid);
                const double metres = cellMetres(grid);
                const double height =
                    metresBetween(cell.lat - cell.halfLat, cell.lon, cell.lat + cell.halfLat, cell.lon);
                const double width =
                    metresBetween(cell.lat, cell.lon - cell.halfLon, cell.lat, cell.lon + cell.halfLon);
                QVERIFY2(std::abs(height / metres - 1) < 0.01, qPrintable(QString::number(height)));
                QVERIFY2(std::abs(width / metres - 1) < 0.02, qPrintable(QString::number(width)));
                // What the published place tells: the station is within half a diagonal of it.
                QVERIFY(metresBetween(placeLat, placeLon, cell.lat, cell.lon) <=
                        std::hypot(height, width) / 2 + 1);
            }
        }
    }

    void neighbouringPlacesAcrossABorderGetNeighbouringCells()
    {
        // Daejeon City Hall, and a place 1 m north of the border of its 500 m row.
        const GridCell hall = cellOf(36.3504, 127.3845, Precision::M500);
        const GridCell north = cellOf(hall.lat + hall.halfLat + 1e-5, hall.lon, Precision::M500);
        QCOMPARE(north.row, hall.row + 1);
        QVERIFY(north.lat > hall.lat);
        QVERIFY(!hall.contains(north.lat, north.lon));
        QVERIFY(hall.contains(36.3504, 127.3845));
    }

    void exactIsThePlaceItself()
    {
        const GridCell exact = cellOf(36.35, 127.38, Precision::Exact);
        QCOMPARE(exact.lat, 36.35);
        QCOMPARE(exact.lon, 127.38);
        QVERIFY(exact.id().empty());
        QVERIFY(isCellCentre(36.35, 127.38, Precision::Exact));
    }

    void wordsAndIds()
    {
        for (const auto* word : {"exact", "100m", "250m", "500m", "1km"})
            QCOMPARE(toString(*precisionFromString(word)), std::string_view(word));
        QVERIFY(!precisionFromString("2km"));
        QVERIFY(atLeastAsCoarse(Precision::Km1, Precision::M500));
        QVERIFY(!atLeastAsCoarse(Precision::Exact, Precision::M100));
        for (const auto* bad : {"", "500m", "500m:1", "500m:x:1", "500m:1:-1", "exact:1:1", "2km:1:1",
                                "500m:99999999:1", "500m:1:99999999"})
            QVERIFY2(!cellFromId(bad), bad);
        // Longitudes wrap; latitudes are clamped.
        QCOMPARE(cellOf(10, 190, Precision::Km1).id(), cellOf(10, -170, Precision::Km1).id());
        QVERIFY(cellOf(95, 0, Precision::Km1).lat <= 90);
    }
};

QTEST_GUILESS_MAIN(TestGridCell)
#include "test_grid_cell.moc"
