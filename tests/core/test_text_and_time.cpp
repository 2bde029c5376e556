// The one ISO 8601 reader (core/util/time.h) shared by the hub and every importer, and the text
// helpers that keep bad input out: numbers that underflow, control characters, cuts on character
// boundaries, and files that are not text.

#include "core/sensor/sensor_format.h"
#include "core/util/ids.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <QTest>

#include <cmath>
#include <string>

using namespace balgul::core;

class TestTextAndTime : public QObject
{
    Q_OBJECT

private slots:
    void oneTimeParser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("unixMs"); // when ok
        QTest::addRow("Z") << "2024-05-01T09:30:00Z" << true << qint64(1714555800000);
        QTest::addRow("lower-case t and z") << "2024-05-01t09:30:00z" << true << qint64(1714555800000);
        QTest::addRow("offset") << "2024-05-01T18:30:00+09:00" << true << qint64(1714555800000);
        QTest::addRow("offset without colon") << "2024-05-01T18:30:00+0900" << true << qint64(1714555800000);
        QTest::addRow("offset hours only") << "2024-05-01T18:30:00+09" << true << qint64(1714555800000);
        QTest::addRow("space, no seconds") << "2024-05-01 09:30Z" << true << qint64(1714555800000);
        QTest::addRow("milliseconds") << "2024-05-01T09:30:00.125Z" << true << qint64(1714555800125);
        QTest::addRow("microseconds dropped")
            << "2024-05-01T09:30:00,125999Z" << true << qint64(1714555800125);
        QTest::addRow("slashes (GDAL)") << "2024/05/01 09:30:00Z" << true << qint64(1714555800000);
        QTest::addRow("year 0001") << "0001-01-01T00:00:00Z" << true << qint64(-62135596800000);
        QTest::addRow("leap day") << "2024-02-29T00:00:00Z" << true << qint64(1709164800000);
        QTest::addRow("hour 24") << "2024-05-01T24:00:00Z" << false << qint64(0);
        QTest::addRow("hour 24 without zone") << "2024-05-01 24:00" << false << qint64(0);
        QTest::addRow("year 0000") << "0000-01-01T00:00:00Z" << false << qint64(0);
        QTest::addRow("February 30") << "2023-02-29T00:00:00Z" << false << qint64(0);
        QTest::addRow("minute 60") << "2024-05-01T09:60:00Z" << false << qint64(0);
        QTest::addRow("second 61") << "2024-05-01T09:30:61Z" << false << qint64(0);
        QTest::addRow("offset 15 h") << "2024-05-01T09:30:00+15:00" << false << qint64(0);
        QTest::addRow("text after the zone") << "2024-05-01T09:30:00Zjunk" << false << qint64(0);
        QTest::addRow("empty fraction") << "2024-05-01T09:30:00.Z" << false << qint64(0);
        QTest::addRow("two-digit year") << "24-05-01T09:30:00Z" << false << qint64(0);
    }
    void oneTimeParser()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, unixMs);
        const std::string s = text.toStdString();
        // The hub's reader (parseIso8601) and the sensor importer's (parseIsoTime) give one answer.
        const auto hub = parseIso8601(s);
        const auto sensor = sensor::parseIsoTime(s);
        QCOMPARE(hub.has_value(), ok);
        QCOMPARE(sensor.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(toUnixMs(*hub), unixMs);
        QCOMPARE(*sensor, unixMs >= 0 ? unixMs / 1000 : -((999 - unixMs) / 1000));
    }

    void dateAloneIsMidnightForInstantsButNotAReadingTime()
    {
        const auto t = parseIsoDateTime("2024-05-01");
        QVERIFY(t && !t->hasTime && !t->zoned);
        QCOMPARE(toUnixMs(*parseIso8601("2024-05-01")), qint64(1714521600000));
        QVERIFY(!sensor::parseIsoTime("2024-05-01")); // a reading needs its time of day
    }

    void decimalNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::addRow("plain") << "36.35" << true << 36.35;
        QTest::addRow("exponent") << "1e-3" << true << 0.001;
        QTest::addRow("plus sign") << "+5" << true << 5.0;
        QTest::addRow("leading point") << ".5" << true << 0.5;
        QTest::addRow("1e-999 is zero") << "1e-999" << true << 0.0;
        QTest::addRow("-1e-999 is zero") << "-1e-999" << true << 0.0;
        QTest::addRow("tiny without exponent") << "0." + QString(400, QLatin1Char('0')) + "1" << true << 0.0;
        QTest::addRow("huge mantissa, negative exponent")
            << "1" + QString(400, QLatin1Char('0')) + "e-420" << true << 1e-20;
        QTest::addRow("1e999 too large") << "1e999" << false << 0.0;
        QTest::addRow("huge without exponent") << "1" + QString(400, QLatin1Char('0')) << false << 0.0;
        QTest::addRow("1e300 fits") << "1e300" << true << 1e300;
        QTest::addRow("nan") << "nan" << false << 0.0;
        QTest::addRow("inf") << "inf" << false << 0.0;
        QTest::addRow("-infinity") << "-infinity" << false << 0.0;
        QTest::addRow("hex") << "0x10" << false << 0.0;
        QTest::addRow("trailing text") << "5 m" << false << 0.0;
        QTest::addRow("empty") << "" << false << 0.0;
        QTest::addRow("sign alone") << "-" << false << 0.0;
    }
    void decimalNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto parsed = parseDecimal(text.toStdString());
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
        // The sensor importer reads numbers the same way (with its decimal comma).
        QCOMPARE(sensor::parseNumber(text.toStdString()).has_value(), ok);
    }

    void cutsOnCharacterBoundaries()
    {
        const std::string korean = "미세먼지"; // three bytes a character
        for (std::size_t max = 0; max <= korean.size(); ++max) {
            const std::string_view cut = truncatedUtf8(korean, max);
            QVERIFY(isValidUtf8(cut));
            QCOMPARE(cut.size(), max / 3 * 3);
        }
        QCOMPARE(shortened("미세먼지 심해요", 4), std::string("미세먼지…"));
        QCOMPARE(shortened("short", 60), std::string("short"));
        const std::string longType(200, 'x');
        QCOMPARE(utf8Length(shortened(std::string(50, '\x41') + "가나다라마바사", 52)), std::size_t(53));
        QVERIFY(isValidUtf8(shortened("가" + longType, 1)));
    }

    void nameBasedIdsAreStableCanonicalAndDistinct()
    {
        const std::string a = uuidFromName("status_change:account:problem:op-1");
        QCOMPARE(uuidFromName("status_change:account:problem:op-1"), a);
        QVERIFY(isCanonicalUuid(a));
        QCOMPARE(a[14], '8');                                          // version 8
        QVERIFY(std::string("89ab").find(a[19]) != std::string::npos); // RFC 9562 variant
        QVERIFY(uuidFromName("status_change:account:problem:op-2") != a);
        QVERIFY(uuidFromName("") != uuidFromName(" "));
    }

    void controlCharacters()
    {
        using namespace std::string_literals;
        QCOMPARE(findControlCharacter("line one\nline two\ttab\r\n"), std::string::npos);
        QCOMPARE(findControlCharacter("a\0b"s), std::size_t(1));
        QCOMPARE(findControlCharacter("bell\a"), std::size_t(4));
        QCOMPARE(findControlCharacter("del\x7f"), std::size_t(3));
        QCOMPARE(codePointName("a\0b"s, 1), std::string("U+0000"));
        QCOMPARE(firstInvalidUtf8("ab\xff"
                                  "c"),
                 std::size_t(2));
        QCOMPARE(firstInvalidUtf8("미세"), std::string::npos);
    }

    void filesThatAreNotText_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("code"); // empty: may be text
        QTest::addColumn<QString>("says");
        QTest::addRow("gzip") << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << "compressed_file"
                              << "gzip file — decompress it first";
        QTest::addRow("zip / xlsx") << QByteArray("PK\x03\x04\x14\x00", 6) << "compressed_file"
                                    << "zip archive";
        QTest::addRow("UTF-16 LE with BOM") << QByteArray("\xff\xfet\x00i\x00m\x00", 8) << "utf16_text"
                                            << "UTF-16 text — save it as UTF-8";
        QTest::addRow("UTF-16 BE without BOM") << QByteArray("\x00t\x00i\x00m\x00"
                                                             "e\x00,\x00P\x00"
                                                             "1",
                                                             14)
                                               << "utf16_text"
                                               << "UTF-16";
        QTest::addRow("binary") << QByteArray("\x01\x02\x03\x04\x00\x05\x06\x07\x08\x0e\x0f\x10", 12)
                                << "not_text"
                                << "binary data, not text";
        QTest::addRow("PDF") << QByteArray("%PDF-1.7\n") << "not_text"
                             << "PDF";
        QTest::addRow("CSV") << QByteArray("time,pm25\n2024-05-01T00:00:00Z,12\n") << ""
                             << "";
        QTest::addRow("CP949") << QByteArray("\xc3\xf8\xc1\xa4\xbd\xc3\xb0\xa3,PM10\n") << ""
                               << "";
        QTest::addRow("text with one stray NUL")
            << QByteArray("time,pm25\n2024-05-01T00:00:00Z,12\n2024-05-01T01:00:00Z,1\x00"
                          "3\n",
                          59)
            << ""
            << "";
    }
    void filesThatAreNotText()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const auto looks = describeNonText(std::string_view(head.constData(), std::size_t(head.size())));
        QCOMPARE(looks.has_value(), !code.isEmpty());
        if (!looks)
            return;
        QCOMPARE(QString::fromStdString(looks->code), code);
        QVERIFY2(QString::fromStdString(looks->looksLike).contains(says), looks->looksLike.c_str());
    }
};

QTEST_APPLESS_MAIN(TestTextAndTime)
#include "test_text_and_time.moc"
