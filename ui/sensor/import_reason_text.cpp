#include "ui/sensor/import_reason_text.h"

#include "ui/error_text.h"
#include "ui/qt_convert.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace balgul::ui {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)

public:
    static QString reason(const QString& code)
    {
        if (code == QLatin1String("empty_row"))
            return tr("Every value of the row is empty");
        if (code == QLatin1String("duplicate_row"))
            return tr("The same row appears twice; it was kept once");
        if (code == QLatin1String("conflicting_duplicate"))
            return tr("Another row has the same time but different values");
        if (code == QLatin1String("truncated_last_line"))
            return tr("The last line of the file is cut off mid-row");
        if (code == QLatin1String("field_count"))
            return tr("The row has more or fewer fields than the header");
        if (code == QLatin1String("bad_time"))
            return tr("The time cannot be read");
        if (code == QLatin1String("bad_number"))
            return tr("A value is not a number");
        if (code == QLatin1String("empty_value"))
            return tr("A value is empty");
        if (code == QLatin1String("sentinel"))
            return tr("The device wrote its “no data” code instead of a reading");
        if (code == QLatin1String("impossible_value"))
            return tr("The value is impossible for what is measured");
        if (code == QLatin1String("unstorable_value"))
            return tr("The value is too large to store; it was left out");
        if (code == QLatin1String("channel_disagreement"))
            return tr("The sensor's two laser channels disagree");
        if (code == QLatin1String("no_position"))
            return tr("The GPX track has no point close enough in time to place the reading");
        if (code == QLatin1String("ambiguous_time"))
            return tr("The local time happens twice (clocks were put back); the earlier one was taken");
        if (code == QLatin1String("station_flag"))
            return tr("The measuring station marked the value as not to be used");
        if (code == QLatin1String("bad_record"))
            return tr("A record of the file cannot be read");
        QString words = code;
        words.replace(u'_', u' ');
        return words.isEmpty() ? tr("Unknown reason") : words;
    }

    static QString format(core::sensor::SensorFormat format)
    {
        using core::sensor::SensorFormat;
        switch (format) {
        case SensorFormat::Auto:
            return tr("Detect automatically");
        case SensorFormat::SensorCommunity:
            return tr("Sensor.Community CSV");
        case SensorFormat::PurpleAir:
            return tr("PurpleAir CSV");
        case SensorFormat::SensorCommunityJson:
            return tr("Sensor.Community JSON");
        case SensorFormat::AirGradient:
            return tr("AirGradient export");
        case SensorFormat::Atmotube:
            return tr("Atmotube CSV");
        case SensorFormat::AirKorea:
            return tr("AirKorea JSON");
        case SensorFormat::Generic:
            return tr("Other CSV (my column mapping)");
        }
        return toQ(core::sensor::toString(format));
    }

    static QString quantity(core::sensor::Quantity quantity)
    {
        using core::sensor::Quantity;
        switch (quantity) {
        case Quantity::Pm1:
            return tr("PM1");
        case Quantity::Pm2_5:
            return tr("PM2.5");
        case Quantity::Pm4:
            return tr("PM4");
        case Quantity::Pm10:
            return tr("PM10");
        case Quantity::Temperature:
            return tr("Temperature");
        case Quantity::Humidity:
            return tr("Humidity");
        case Quantity::Pressure:
            return tr("Air pressure");
        case Quantity::PressureSeaLevel:
            return tr("Air pressure at sea level");
        case Quantity::NoiseLAeq:
            return tr("Noise (average)");
        case Quantity::NoiseLAmin:
            return tr("Noise (minimum)");
        case Quantity::NoiseLAmax:
            return tr("Noise (maximum)");
        case Quantity::Co2:
            return tr("CO₂");
        }
        return toQ(core::sensor::toString(quantity));
    }

    /// The sentence for a sensor file error, or an empty string when the code is not one.
    static QString fileError(const core::Error& error)
    {
        const std::string& code = error.code;
        const QString field = toQ(error.field);
        if (code == "unknown_format")
            return tr("Balgul does not recognise the columns of this file as an export it knows "
                      "(Sensor.Community, PurpleAir, AirGradient, Atmotube, AirKorea).");
        if (code == "missing_column")
            return field.isEmpty() ? tr("The file lacks a column its format needs.")
                                   : tr("The file lacks the column “%1” its format needs.").arg(field);
        if (code == "empty_file")
            return tr("The file is empty: it has no header line.");
        if (code == "invalid_encoding")
            return tr("The file is neither UTF-8 nor Korean Windows text (CP949).");
        if (code == "record_too_long")
            return tr("A line of the file is far too long to be a sensor reading.");
        if (code == "unterminated_quote")
            return tr("A quoted field is never closed.");
        if (code == "invalid_json" || code == "bad_record")
            return tr("The file is not valid JSON.");
        if (code == "missing_array" || code == "missing_field")
            return tr("The JSON file does not have the shape of a sensor export Balgul knows.");
        if (code == "airkorea_error")
            return tr("AirKorea answered with an error instead of readings.");
        if (code == "cannot_open")
            return tr("The file cannot be opened.");
        if (code == "invalid_xml")
            return tr("The GPX track is not valid XML.");
        if (code == "not_gpx")
            return tr("The track file is not a GPX file.");
        if (code == "bad_coordinate")
            return tr("A point of the GPX track has no valid latitude or longitude.");
        if (code == "unknown_time_zone")
            return tr("Balgul does not know this time zone. Write a name like Asia/Seoul or an offset like "
                      "+09:00.");
        if (code == "bad_time_format")
            return tr("Balgul does not understand this time format.");
        if (code == "time_zone_not_applicable")
            return tr("The times of this file carry their zone, or its format defines it: the time zone you "
                      "chose does not apply.");
        if (code == "cancelled")
            return tr("The import was cancelled. Nothing was stored.");
        return {};
    }
};

} // namespace

QString importReasonText(const QString& reason)
{
    return ImportText::reason(reason);
}

QString importIssueKindText(core::sensor::ImportIssue::Kind kind)
{
    return kind == core::sensor::ImportIssue::Kind::Skipped ? ImportText::tr("Skipped")
                                                            : ImportText::tr("Flagged");
}

QString sensorFormatText(core::sensor::SensorFormat format)
{
    return ImportText::format(format);
}

QString textEncodingText(core::sensor::TextEncoding encoding)
{
    using core::sensor::TextEncoding;
    switch (encoding) {
    case TextEncoding::Utf8:
        return ImportText::tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return ImportText::tr("UTF-8 with byte order mark");
    case TextEncoding::Cp949:
        return ImportText::tr("CP949 (Korean Windows)");
    }
    return toQ(core::sensor::toString(encoding));
}

QString separatorText(char separator)
{
    switch (separator) {
    case ';':
        return ImportText::tr("semicolon (;)");
    case ',':
        return ImportText::tr("comma (,)");
    case '\t':
        return ImportText::tr("tab");
    case 0:
        return ImportText::tr("none (JSON)");
    default:
        return QString(QLatin1Char(separator));
    }
}

QString quantityText(core::sensor::Quantity quantity)
{
    return ImportText::quantity(quantity);
}

QString importErrorText(const core::Error& error)
{
    const QString sentence = ImportText::fileError(error);
    if (sentence.isEmpty())
        return describeError(error);
    QString place;
    if (!error.file.empty()) {
        const QString name = QFileInfo(toQ(error.file)).fileName();
        place = error.line > 0 ? ImportText::tr("%1, line %2").arg(name).arg(error.line) : name;
    }
    if (place.isEmpty())
        return sentence;
    // "… it knows (data.csv, line 1)." rather than a place after the full stop.
    if (sentence.endsWith(u'.'))
        return ImportText::tr("%1 (%2).").arg(sentence.chopped(1), place);
    return ImportText::tr("%1 (%2)").arg(sentence, place);
}

} // namespace balgul::ui
