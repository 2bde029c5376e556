#include "ui/settings.h"

#include <QSettings>

namespace balgul::ui {

namespace {

const QString kLanguage = QStringLiteral("general/language");
const QString kUserName = QStringLiteral("general/userName");
const QString kAskedForName = QStringLiteral("general/askedForName");
const QString kDialogFolders = QStringLiteral("dialogs/");
const QString kTileKind = QStringLiteral("map/tileKind");
const QString kTileUrl = QStringLiteral("map/tileUrl");
const QString kMbtilesPath = QStringLiteral("map/mbtilesPath");
const QString kMapLat = QStringLiteral("map/centerLatitude");
const QString kMapLon = QStringLiteral("map/centerLongitude");
const QString kMapZoom = QStringLiteral("map/zoom");
const QString kAutoSync = QStringLiteral("sync/automatic");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

constexpr double kDefaultZoom = 12.0;

bool isKnownTileKind(const QString& kind)
{
    return kind == QLatin1String("osm") || kind == QLatin1String("mbtiles") || kind == QLatin1String("none");
}

} // namespace

QString Settings::defaultTileUrl()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

Settings::Settings() : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return value == QLatin1String("ko") || value == QLatin1String("en") ? value : QString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

QString Settings::tileKind() const
{
    const QString kind = m_settings->value(kTileKind, QStringLiteral("osm")).toString();
    return isKnownTileKind(kind) ? kind : QStringLiteral("osm");
}

void Settings::setTileKind(const QString& kind)
{
    m_settings->setValue(kTileKind, kind);
}

QString Settings::tileUrl() const
{
    const QString url = m_settings->value(kTileUrl).toString().trimmed();
    return url.isEmpty() ? defaultTileUrl() : url;
}

void Settings::setTileUrl(const QString& urlTemplate)
{
    m_settings->setValue(kTileUrl, urlTemplate);
}

QString Settings::mbtilesPath() const
{
    return m_settings->value(kMbtilesPath).toString();
}

void Settings::setMbtilesPath(const QString& path)
{
    m_settings->setValue(kMbtilesPath, path);
}

QString Settings::tileSource() const
{
    const QString kind = tileKind();
    if (kind == QLatin1String("osm"))
        return tileUrl();
    if (kind == QLatin1String("mbtiles"))
        return mbtilesPath();
    return {};
}

QString Settings::userName() const
{
    return m_settings->value(kUserName).toString();
}

void Settings::setUserName(const QString& name)
{
    m_settings->setValue(kUserName, name);
}

bool Settings::askedForName() const
{
    return m_settings->value(kAskedForName, false).toBool();
}

void Settings::setAskedForName(bool asked)
{
    m_settings->setValue(kAskedForName, asked);
}

QString Settings::dialogFolder(const QString& kind) const
{
    return m_settings->value(kDialogFolders + kind).toString();
}

void Settings::setDialogFolder(const QString& kind, const QString& folder)
{
    m_settings->setValue(kDialogFolders + kind, folder);
}

bool Settings::autoSync() const
{
    return m_settings->value(kAutoSync, true).toBool();
}

void Settings::setAutoSync(bool on)
{
    m_settings->setValue(kAutoSync, on);
}

std::optional<QGeoCoordinate> Settings::mapCenter() const
{
    if (!m_settings->contains(kMapLat) || !m_settings->contains(kMapLon))
        return std::nullopt;
    bool latOk = false;
    bool lonOk = false;
    const QGeoCoordinate center(m_settings->value(kMapLat).toDouble(&latOk),
                                m_settings->value(kMapLon).toDouble(&lonOk));
    if (!latOk || !lonOk || !center.isValid())
        return std::nullopt;
    return center;
}

double Settings::mapZoom() const
{
    bool ok = false;
    const double zoom = m_settings->value(kMapZoom, kDefaultZoom).toDouble(&ok);
    return ok && zoom >= 0 && zoom <= 22 ? zoom : kDefaultZoom;
}

void Settings::setMapView(const QGeoCoordinate& center, double zoom)
{
    m_settings->setValue(kMapLat, center.latitude());
    m_settings->setValue(kMapLon, center.longitude());
    m_settings->setValue(kMapZoom, zoom);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace balgul::ui
