#pragma once

#include "ui/map/tile_source.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace balgul::ui {

/// Tiles from a web server addressed by a URL template such as
/// `https://tile.openstreetmap.org/{z}/{x}/{y}.png`.
///
/// Placeholders: `{z}`, `{x}`, `{y}`, `{-y}` (TMS row, counted from the south) and `{s}` (one of the
/// subdomains, chosen per tile so a tile always comes from the same host and hits the cache).
/// Responses go through a disk cache under the platform cache folder; at most kMaxConcurrent
/// requests are in flight, newer requests first (they are what the user looks at now).
class XyzTileSource : public TileSource
{
    Q_OBJECT

public:
    static constexpr int kMaxConcurrent = 6;
    static constexpr int kMaxQueued = 256;

    static QString defaultTemplate();
    static QString defaultAttribution();
    /// "Balgul/<version> (+https://balgul.org)": tile servers ask for an identifying agent.
    static QByteArray userAgent();
    /// True when the template has the placeholders needed to address a tile.
    static bool isValidTemplate(const QString& urlTemplate);
    /// The URL of one tile; pure, so it can be checked without a network.
    static QUrl tileUrl(const QString& urlTemplate, int z, int x, int y,
                        const QStringList& subdomains = defaultSubdomains());
    static QStringList defaultSubdomains();

    explicit XyzTileSource(QString urlTemplate = defaultTemplate(),
                           QString attribution = defaultAttribution(), QObject* parent = nullptr);
    ~XyzTileSource() override;

    void setSubdomains(const QStringList& subdomains);
    void setZoomRange(int minZoom, int maxZoom);
    /// Replaces the disk cache folder (default: <CacheLocation>/tiles). Empty: no disk cache.
    void setCacheDirectory(const QString& directory);

    QString urlTemplate() const { return m_template; }
    int inFlight() const { return static_cast<int>(m_running.size()); }
    int queued() const { return static_cast<int>(m_queue.size()); }

    void requestTile(int z, int x, int y) override;
    void cancelPending() override;
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }

private:
    struct Key
    {
        int z;
        int x;
        int y;
        friend bool operator==(const Key&, const Key&) = default;
    };
    friend size_t qHash(const Key& key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.z, key.x, key.y);
    }

    void startNext();
    void onFinished(QNetworkReply* reply, Key key);

    QString m_template;
    QString m_attribution;
    QStringList m_subdomains;
    int m_minZoom = 0;
    int m_maxZoom = 19;
    QNetworkAccessManager* m_network = nullptr;
    QList<Key> m_queue;                   ///< waiting; the back is served first
    QHash<Key, QNetworkReply*> m_running; ///< in flight
    QHash<Key, int> m_decoding;           ///< downloaded, being decoded off the GUI thread
    bool m_reportedUnreachable = false;
};

} // namespace balgul::ui
