#pragma once

// Reads GeoReport v2 answers back in tests: the root element (XML) and each record's element or
// member names, in order, with their text.

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <string>

namespace balgul::test::open311 {

/// A GeoReport answer read back: the root element (XML) and its records as name → text.
struct Records
{
    bool ok = false;
    QString root;             ///< "services", "service_requests", "errors"; "[]" for JSON
    QString recordName;       ///< "service", "request", "error" (XML)
    QList<QStringList> names; ///< each record's element or member names, in order
    QList<QMap<QString, QString>> values;
};

inline Records parseXml(const std::string& body)
{
    Records out;
    QXmlStreamReader xml(QByteArray::fromStdString(body));
    if (!xml.readNextStartElement())
        return out;
    out.root = xml.name().toString();
    while (xml.readNextStartElement()) {
        out.recordName = xml.name().toString();
        QStringList names;
        QMap<QString, QString> values;
        while (xml.readNextStartElement()) {
            const QString name = xml.name().toString();
            names << name;
            values.insert(name, xml.readElementText());
        }
        out.names << names;
        out.values << values;
    }
    out.ok = !xml.hasError() && body.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    return out;
}

inline Records parseJson(const std::string& body)
{
    Records out;
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true)); // keeps member order
        const auto array = parser.parse(body).extract<Poco::JSON::Array::Ptr>();
        out.root = QStringLiteral("[]");
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto object = array->getObject(static_cast<unsigned>(i));
            QStringList names;
            QMap<QString, QString> values;
            for (const auto& key : object->getNames()) { // in the order sent
                const auto value = object->get(key);
                names << QString::fromStdString(key);
                values.insert(QString::fromStdString(key),
                              value.isEmpty() ? QString()
                                              : QString::fromStdString(value.convert<std::string>()));
            }
            out.names << names;
            out.values << values;
        }
        out.ok = true;
    } catch (const Poco::Exception&) {
    } catch (const std::exception&) {
    }
    return out;
}

inline Records parse(const std::string& body, const QString& format)
{
    return format == QLatin1String("xml") ? parseXml(body) : parseJson(body);
}

inline QStringList ids(const Records& r)
{
    QStringList out;
    for (const auto& v : r.values)
        out << v.value(QStringLiteral("service_request_id"));
    return out;
}

} // namespace balgul::test::open311
