// Decimation for charts: extremes, first and last kept, at most two points per pixel, exact on
// short input, flagged readings apart, and the visible span with its neighbours.

#include "core/sensor/downsample.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace balgul::core::sensor;

namespace {

constexpr std::int64_t kStart = 1704067200; // 2024-01-01T00:00:00Z

// One reading a minute: a smooth daily wave with a little noise.
std::vector<Reading> minuteReadings(int count, unsigned seed = 7)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> noise(-1.5, 1.5);
    std::vector<Reading> out;
    out.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        out.push_back({kStart + i * 60LL, 20 + 10 * std::sin(i / 229.18) + noise(random), FlagNone});
    return out;
}

// Readings sorted by time with distinct times.
bool contains(const std::vector<Reading>& readings, const Reading& r)
{
    const auto it = std::lower_bound(readings.begin(), readings.end(), r.time,
                                     [](const Reading& a, std::int64_t t) { return a.time < t; });
    return it != readings.end() && *it == r;
}

} // namespace

class TestDownsample : public QObject
{
    Q_OBJECT

private slots:
    void keepsSpikesFirstAndLast_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("spikeAt");
        QTest::addRow("a year of minutes on 1600 px") << 525600 << 1600 << 300001;
        QTest::addRow("a week on 800 px") << 10080 << 800 << 5000;
        QTest::addRow("spike at the first reading") << 10080 << 300 << 0;
        QTest::addRow("spike at the last reading") << 10080 << 300 << 10079;
        QTest::addRow("a day on 2 px") << 1440 << 2 << 700;
        QTest::addRow("width below 2 counts as 2") << 1440 << 0 << 17;
    }
    void keepsSpikesFirstAndLast()
    {
        QFETCH(int, count);
        QFETCH(int, width);
        QFETCH(int, spikeAt);
        std::vector<Reading> readings = minuteReadings(count);
        const auto spike = static_cast<std::size_t>(spikeAt);
        readings[spike].value = 950;                         // one reading far above all others
        readings[spike + (spike > 10 ? -5 : 5)].value = -40; // and one far below

        const std::vector<Reading> out = decimateMinMax(readings, width);
        const int effectiveWidth = std::max(width, 2);
        QVERIFY2(out.size() <= 2 * static_cast<std::size_t>(effectiveWidth),
                 qPrintable(QStringLiteral("%1 points").arg(out.size())));
        QVERIFY(out.size() >= 2);
        QCOMPARE(out.front(), readings.front());
        QCOMPARE(out.back(), readings.back());
        QVERIFY(contains(out, readings[spike]));
        QVERIFY(contains(out, readings[spike + (spike > 10 ? -5 : 5)]));
        QVERIFY(std::is_sorted(out.begin(), out.end(),
                               [](const Reading& a, const Reading& b) { return a.time < b.time; }));
        // Every point is a real reading, none invented or repeated.
        for (std::size_t i = 1; i < out.size(); ++i)
            QVERIFY(out[i].time > out[i - 1].time);
        for (const Reading& r : out)
            QVERIFY(contains(readings, r));
    }

    void bucketExtremesSurvive()
    {
        // The lowest and highest reading of every pixel column survive: per bucket of equal time,
        // the minimum and maximum over the decimated points equal those over the input.
        const std::vector<Reading> readings = minuteReadings(100000, 11);
        const int width = 500;
        const std::vector<Reading> out = decimateMinMax(readings, width);
        const std::int64_t t0 = readings.front().time;
        const std::int64_t duration = readings.back().time - t0 + 1;
        const std::int64_t buckets = width - 1;
        std::vector<double> inMin(buckets, 1e9), inMax(buckets, -1e9), outMin(buckets, 1e9),
            outMax(buckets, -1e9);
        for (const Reading& r : readings) {
            const auto b = static_cast<std::size_t>((r.time - t0) * buckets / duration);
            inMin[b] = std::min(inMin[b], r.value);
            inMax[b] = std::max(inMax[b], r.value);
        }
        for (const Reading& r : out) {
            const auto b = static_cast<std::size_t>((r.time - t0) * buckets / duration);
            outMin[b] = std::min(outMin[b], r.value);
            outMax[b] = std::max(outMax[b], r.value);
        }
        QVERIFY(inMin == outMin);
        QVERIFY(inMax == outMax);
    }

    void exactOnShortInput_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("width");
        QTest::addRow("empty") << 0 << 100;
        QTest::addRow("one reading") << 1 << 100;
        QTest::addRow("exactly two per pixel") << 200 << 100;
        QTest::addRow("fewer than pixels") << 37 << 100;
    }
    void exactOnShortInput()
    {
        QFETCH(int, count);
        QFETCH(int, width);
        const std::vector<Reading> readings = minuteReadings(count);
        QVERIFY(decimateMinMax(readings, width) == readings);
    }

    void gapsStayGaps()
    {
        // Two bursts a month apart: the decimated line has nothing in between.
        std::vector<Reading> readings = minuteReadings(3000);
        const std::vector<Reading> later = minuteReadings(3000, 3);
        for (Reading r : later) {
            r.time += 30 * 86400;
            readings.push_back(r);
        }
        const std::vector<Reading> out = decimateMinMax(readings, 200);
        QVERIFY(out.size() <= 400);
        const std::int64_t gapFrom = kStart + 3000 * 60, gapTo = kStart + 30 * 86400;
        for (const Reading& r : out)
            QVERIFY(r.time < gapFrom || r.time >= gapTo);
    }

    void flaggedKeptApart()
    {
        const std::vector<Reading> readings{{kStart, 10, FlagNone},
                                            {kStart + 60, -235, FlagSentinel},
                                            {kStart + 120, 12, FlagChannelDisagreement},
                                            {kStart + 180, 11, FlagConflictingDuplicate},
                                            {kStart + 180, 14, FlagConflictingDuplicate},
                                            {kStart + 240, 9999, FlagImpossible},
                                            {kStart + 300, 13, FlagNone}};
        const ChartReadings split = splitForChart(readings);
        const std::vector<Reading> usable{readings[0], readings[2], readings[6]};
        QVERIFY(split.usable == usable);
        const std::vector<Reading> flagged{readings[1], readings[2], readings[3], readings[4], readings[5]};
        QVERIFY(split.flagged == flagged);
    }

    void visibleSpanHasNeighbours_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        // Readings at minutes 0..9.
        QTest::addRow("middle") << qint64(kStart + 180) << qint64(kStart + 360) << 2 << 5; // 2..6
        QTest::addRow("between readings") << qint64(kStart + 190) << qint64(kStart + 200) << 3 << 2;
        QTest::addRow("from the start") << qint64(kStart - 600) << qint64(kStart + 120) << 0 << 3;
        QTest::addRow("to the end") << qint64(kStart + 480) << qint64(kStart + 6000) << 7 << 3;
        QTest::addRow("before all") << qint64(kStart - 900) << qint64(kStart - 600) << 0 << 1;
        QTest::addRow("after all") << qint64(kStart + 900) << qint64(kStart + 1200) << 9 << 1;
    }
    void visibleSpanHasNeighbours()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, first);
        QFETCH(int, count);
        const std::vector<Reading> readings = minuteReadings(10);
        const std::span<const Reading> span = visibleSpan(readings, from, to);
        QCOMPARE(static_cast<int>(span.size()), count);
        QCOMPARE(static_cast<int>(span.data() - readings.data()), first);
    }
};

QTEST_APPLESS_MAIN(TestDownsample)
#include "test_downsample.moc"
