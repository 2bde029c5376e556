// The binary form of a vault record's plaintext: exact round trips of every category, compact
// forms, refusals of blocks no importer makes, and errors (never a crash) for short or damaged bytes.

#include "core/mydata/record_codec.h"

#include <QTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using namespace balgul::core::mydata;

Q_DECLARE_METATYPE(balgul::core::mydata::RecordBlock)

namespace {

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

/// "" when the blocks are the same to the bit, else what differs first.
std::string difference(const RecordBlock& a, const RecordBlock& b)
{
    if (a.category != b.category || a.unit != b.unit || a.start != b.start || a.end != b.end)
        return "the header differs";
    if (a.intervals.size() != b.intervals.size() || a.points.size() != b.points.size())
        return "the counts differ";
    for (std::size_t i = 0; i < a.intervals.size(); ++i) {
        const Interval& x = a.intervals[i];
        const Interval& y = b.intervals[i];
        if (x.start != y.start || x.duration != y.duration || !sameBits(x.value, y.value))
            return "interval " + std::to_string(i) + " differs";
    }
    for (std::size_t i = 0; i < a.points.size(); ++i) {
        const TrackPoint& x = a.points[i];
        const TrackPoint& y = b.points[i];
        if (x.time != y.time || !sameBits(x.lat, y.lat) || !sameBits(x.lon, y.lon))
            return "point " + std::to_string(i) + " differs";
    }
    return {};
}

RecordBlock hourlyElectricity()
{
    RecordBlock b;
    b.category = Category::Electricity;
    b.unit = "Wh";
    b.start = 1767225600; // 2026-01-01T00:00:00Z
    for (int h = 0; h < 24; ++h)
        b.intervals.push_back({b.start + h * 3600, 3600, 250.0 + h * 17});
    b.end = b.start + 24 * 3600;
    return b;
}

RecordBlock awkwardValues()
{
    RecordBlock b;
    b.category = Category::Gas;
    b.unit = "therm";
    b.start = -86400;
    const double values[] = {0.0,
                             -0.0,
                             0.1 + 0.2,
                             12.345,
                             -7.5,
                             1e300,
                             -1e-300,
                             std::numeric_limits<double>::denorm_min(),
                             std::numeric_limits<double>::infinity(),
                             -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::quiet_NaN(),
                             9007199254740993.0,
                             4503599627370495.5};
    std::int64_t t = b.start;
    for (const double v : values) {
        b.intervals.push_back({t, 900, v});
        t += 900;
    }
    b.intervals.push_back({t - 5000, 0, 1}); // out of order: still exact
    b.end = t;
    return b;
}

RecordBlock extremeTimes()
{
    RecordBlock b;
    b.category = Category::HeartRate;
    b.unit = "count/min";
    b.start = std::numeric_limits<std::int64_t>::max();
    b.end = std::numeric_limits<std::int64_t>::min();
    b.intervals.push_back({std::numeric_limits<std::int64_t>::min(), 0, 61});
    b.intervals.push_back({std::numeric_limits<std::int64_t>::max(), std::int64_t(1) << 40, 62});
    return b;
}

RecordBlock track()
{
    RecordBlock b;
    b.category = Category::Mobility;
    b.start = 1767250000;
    b.points.push_back({b.start, 36.3504119, 127.3845475});           // 1e-7 degrees
    b.points.push_back({b.start + 5, 36.35042, 127.38456});           // 1e-7 degrees
    b.points.push_back({std::nullopt, 36.350423456789, 127.3845601}); // lat not in 1e-7 steps
    b.points.push_back({b.start + 12, -90.0, 180.0});
    b.points.push_back({b.start + 3, 36.3504119, -0.0});
    b.points.push_back({b.start + 20, std::nan(""), 1e-9});
    b.end = b.start + 20;
    return b;
}

std::vector<RecordBlock> samples()
{
    RecordBlock empty;
    RecordBlock steps;
    steps.category = Category::Steps;
    steps.unit = "count";
    steps.start = 1767225600;
    steps.intervals.push_back({steps.start + 60, 60, 112});
    steps.end = steps.start + 120;
    RecordBlock distance;
    distance.category = Category::WalkingDistance;
    distance.unit = "m";
    distance.intervals.push_back({10, 30, 41.27});
    RecordBlock untimed;
    untimed.category = Category::Mobility;
    untimed.points.push_back({std::nullopt, 37.5665, 126.978});
    return {empty, hourlyElectricity(), awkwardValues(), extremeTimes(), track(), steps, distance, untimed};
}

} // namespace

class TestRecordCodec : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsExactly_data()
    {
        QTest::addColumn<RecordBlock>("block");
        QTest::addRow("empty electricity") << samples()[0];
        QTest::addRow("a day of hourly Wh") << samples()[1];
        QTest::addRow("awkward doubles, out of order") << samples()[2];
        QTest::addRow("extreme times and durations") << samples()[3];
        QTest::addRow("track with and without times") << samples()[4];
        QTest::addRow("steps") << samples()[5];
        QTest::addRow("walking distance in thousandths") << samples()[6];
        QTest::addRow("untimed track") << samples()[7];
    }
    void roundTripsExactly()
    {
        QFETCH(RecordBlock, block);
        auto bytes = encodeRecordBlock(block);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : bytes.error().message.c_str());
        QCOMPARE(static_cast<unsigned char>((*bytes)[0]), kRecordFormatVersion);
        auto back = decodeRecordBlock(*bytes);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        const std::string diff = difference(block, *back);
        QVERIFY2(diff.empty(), diff.c_str());
        // The same block always gives the same bytes.
        QCOMPARE(*encodeRecordBlock(*back), *bytes);
    }

    void everyCategoryRoundTrips()
    {
        for (const Category c : allCategories()) {
            RecordBlock block;
            block.category = c;
            block.start = 1767225600;
            block.end = block.start + 60;
            if (c == Category::Mobility) {
                block.points.push_back({block.start, 35.1796, 129.0756});
            } else {
                block.unit = "unit-" + std::string(toString(c));
                block.intervals.push_back({block.start, 60, 3.25});
            }
            auto bytes = encodeRecordBlock(block);
            QVERIFY(bytes.ok());
            auto back = decodeRecordBlock(*bytes);
            QVERIFY2(back.ok(), std::string(toString(c)).c_str());
            QCOMPARE(std::string(toString(back->category)), std::string(toString(c)));
            QVERIFY(difference(block, *back).empty());
        }
    }

    void wholeAndThousandthValuesAreCompact()
    {
        const RecordBlock day = hourlyElectricity();
        auto bytes = encodeRecordBlock(day);
        QVERIFY(bytes.ok());
        // 24 readings of 24 bytes each as raw int64/int64/double; here six or so bytes a reading.
        QVERIFY2(bytes->size() <= 24 * 7 + 24, std::to_string(bytes->size()).c_str());

        RecordBlock odd = day;
        for (Interval& i : odd.intervals)
            i.value = std::nextafter(i.value, 1e9); // no short form fits: 8 bytes a value
        auto oddBytes = encodeRecordBlock(odd);
        QVERIFY(oddBytes.ok());
        QVERIFY(oddBytes->size() > bytes->size() + 24 * 5);
        QVERIFY(difference(odd, *decodeRecordBlock(*oddBytes)).empty());
    }

    void refusesBlocksNoImporterMakes_data()
    {
        QTest::addColumn<RecordBlock>("block");
        QTest::addColumn<QString>("field");
        RecordBlock longUnit = hourlyElectricity();
        longUnit.unit = std::string(kMaxUnitBytes + 1, 'x');
        QTest::addRow("unit too long") << longUnit << QStringLiteral("unit");
        RecordBlock trackWithUnit = track();
        trackWithUnit.unit = "m";
        QTest::addRow("mobility with a unit") << trackWithUnit << QStringLiteral("unit");
        RecordBlock trackWithIntervals = track();
        trackWithIntervals.intervals.push_back({0, 1, 1});
        QTest::addRow("mobility with intervals") << trackWithIntervals << QStringLiteral("intervals");
        RecordBlock stepsWithPoints = hourlyElectricity();
        stepsWithPoints.points.push_back({0, 1, 1});
        QTest::addRow("points outside mobility") << stepsWithPoints << QStringLiteral("points");
        RecordBlock negative = hourlyElectricity();
        negative.intervals[3].duration = -1;
        QTest::addRow("negative duration") << negative << QStringLiteral("duration");
        RecordBlock endless = hourlyElectricity();
        endless.intervals[0].duration = (std::int64_t(1) << 40) + 1;
        QTest::addRow("duration past 2^40 s") << endless << QStringLiteral("duration");
        RecordBlock unknown = hourlyElectricity();
        unknown.category = static_cast<Category>(17);
        QTest::addRow("unknown category") << unknown << QStringLiteral("category");
    }
    void refusesBlocksNoImporterMakes()
    {
        QFETCH(RecordBlock, block);
        QFETCH(QString, field);
        auto bytes = encodeRecordBlock(block);
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, std::string("invalid_field"));
        QCOMPARE(QString::fromStdString(bytes.error().field), field);
    }

    void everyShortPrefixIsAnError()
    {
        for (const RecordBlock& block : samples()) {
            auto bytes = encodeRecordBlock(block);
            QVERIFY(bytes.ok());
            for (std::size_t n = 0; n < bytes->size(); ++n) {
                auto back = decodeRecordBlock(std::string_view(*bytes).substr(0, n));
                QVERIFY2(!back.ok(), ("prefix of " + std::to_string(n) + " bytes decoded").c_str());
                QCOMPARE(back.error().code, std::string("record_corrupt"));
            }
            auto longer = decodeRecordBlock(*bytes + '\0');
            QVERIFY(!longer.ok());
            QVERIFY(longer.error().message.find("too many") != std::string::npos);
        }
    }

    void namedCorruptionsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const auto raw = [](std::string s) { return QByteArray(s.data(), static_cast<qsizetype>(s.size())); };
        std::string good = *encodeRecordBlock(hourlyElectricity());
        std::string version = good;
        version[0] = 2;
        QTest::addRow("unknown version") << raw(version) << QStringLiteral("version");
        std::string category = good;
        category[1] = 6;
        QTest::addRow("unknown category") << raw(category) << QStringLiteral("category");
        std::string unit = good;
        unit[2] = static_cast<char>(kMaxUnitBytes + 1);
        QTest::addRow("unit length past the limit") << raw(unit) << QStringLiteral("unit");
        // version, category, no unit, start 0, end 0, then a count of 2^62 intervals.
        QTest::addRow("count larger than the bytes")
            << raw(std::string("\x01\x00\x00\x00\x00\x80\x80\x80\x80\x80\x80\x80\x80\x40\x00", 15))
            << QStringLiteral("intervals");
        QTest::addRow("eleven-byte number")
            << raw(std::string("\x01\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x00\x00\x00", 17))
            << QStringLiteral("too large");
        QTest::addRow("unknown value form")
            << raw(std::string("\x01\x00\x00\x00\x00\x01\x00\x03\x00\x00", 10))
            << QStringLiteral("value form");
        QTest::addRow("unknown point flags")
            << raw(std::string("\x01\x02\x00\x00\x00\x00\x01\x04\x00\x00", 10)) << QStringLiteral("flags");
        QTest::addRow("points in an electricity block")
            << raw(std::string("\x01\x00\x00\x00\x00\x00\x01\x02\x00\x00", 10))
            << QStringLiteral("track points");
        QTest::addRow("quantized point off the globe")
            << raw(std::string("\x01\x02\x00\x00\x00\x00\x01\x02\xff\xff\xff\xff\x7f\x00", 14))
            << QStringLiteral("out of range");
    }
    void namedCorruptionsAreErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        auto back =
            decodeRecordBlock(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().code, std::string("record_corrupt"));
        QVERIFY2(back.error().message.find(problem.toStdString()) != std::string::npos,
                 back.error().message.c_str());
    }

    /// Whatever a damaged plaintext holds, decoding answers (an error or some block) and never
    /// crashes or reads past the bytes; a changed version byte is always caught.
    void alteredBytesNeverCrash()
    {
        std::mt19937 random(20260101);
        for (const RecordBlock& block : samples()) {
            const std::string good = *encodeRecordBlock(block);
            int errors = 0;
            for (std::size_t at = 0; at < good.size(); ++at) {
                for (const unsigned char x : {0x01, 0x80, 0xff}) {
                    std::string bad = good;
                    bad[at] = static_cast<char>(static_cast<unsigned char>(bad[at]) ^ x);
                    auto back = decodeRecordBlock(bad);
                    errors += back.ok() ? 0 : 1;
                    if (at == 0)
                        QVERIFY(!back.ok());
                }
            }
            QVERIFY(errors > 0);
        }
        for (int n = 0; n < 20000; ++n) {
            std::string noise(random() % 64, '\0');
            for (char& c : noise)
                c = static_cast<char>(random());
            if (!noise.empty())
                noise[0] = static_cast<char>(kRecordFormatVersion);
            (void)decodeRecordBlock(noise);
        }
    }
};

QTEST_APPLESS_MAIN(TestRecordCodec)
#include "test_record_codec.moc"
