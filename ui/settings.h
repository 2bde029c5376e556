#pragma once

#include <QByteArray>
#include <QGeoCoordinate>
#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace balgul::ui {

/// The user's preferences, typed, over QSettings.
///
/// The default constructor uses the application's native settings; tests pass a file
/// path so they never touch the user's own preferences.
class Settings
{
public:
    /// The OpenStreetMap standard tile server, as an XYZ template.
    static QString defaultTileUrl();

    Settings();
    explicit Settings(const QString& iniFilePath);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    /// "" follows the system, otherwise "ko" or "en".
    QString language() const;
    void setLanguage(const QString& language);

    /// "osm" (online XYZ tiles), "mbtiles" (an offline file) or "none" (plain map).
    QString tileKind() const;
    void setTileKind(const QString& kind);
    QString tileUrl() const;
    void setTileUrl(const QString& urlTemplate);
    QString mbtilesPath() const;
    void setMbtilesPath(const QString& path);
    /// The path or URL that goes with tileKind() (empty for "none").
    QString tileSource() const;

    /// The name the user chose for their problems and comments while not signed in to a hub
    /// (signed in, the hub account's name is used). Empty: none chosen.
    QString userName() const;
    void setUserName(const QString& name);
    /// True once the first-start question for a name was answered or skipped.
    bool askedForName() const;
    void setAskedForName(bool asked);

    /// The folder a file dialog of this kind ("import", "export", "sensor", "photos", "mbtiles", …)
    /// last chose a file in; empty when none.
    QString dialogFolder(const QString& kind) const;
    void setDialogFolder(const QString& kind, const QString& folder);

    /// Sync with the city hub by itself (after changes, every minute) when signed in. On by default.
    bool autoSync() const;
    void setAutoSync(bool on);

    /// Where the map was when the window last closed (nullopt on first run).
    std::optional<QGeoCoordinate> mapCenter() const;
    double mapZoom() const;
    void setMapView(const QGeoCoordinate& center, double zoom);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    /// Writes pending changes to disk.
    void sync();
    QSettings& backend() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace balgul::ui
