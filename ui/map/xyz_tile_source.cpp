#include "ui/map/xyz_tile_source.h"

#include <QDir>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace balgul::ui {

namespace {

constexpr qint64 kDiskCacheBytes = 256LL * 1024 * 1024;
constexpr int kTransferTimeoutMs = 20000;

} // namespace

QString XyzTileSource::defaultTemplate()
{
    return QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
}

QString XyzTileSource::defaultAttribution()
{
    return tr("© OpenStreetMap contributors");
}

QByteArray XyzTileSource::userAgent()
{
    return QByteArrayLiteral("Balgul/" BALGUL_VERSION " (+https://balgul.org)");
}

QStringList XyzTileSource::defaultSubdomains()
{
    return {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
}

bool XyzTileSource::isValidTemplate(const QString& urlTemplate)
{
    const bool hasY =
        urlTemplate.contains(QLatin1String("{y}")) || urlTemplate.contains(QLatin1String("{-y}"));
    if (!urlTemplate.contains(QLatin1String("{z}")) || !urlTemplate.contains(QLatin1String("{x}")) || !hasY)
        return false;
    const QUrl url = tileUrl(urlTemplate, 0, 0, 0);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QUrl XyzTileSource::tileUrl(const QString& urlTemplate, int z, int x, int y, const QStringList& subdomains)
{
    QString text = urlTemplate;
    text.replace(QLatin1String("{z}"), QString::number(z));
    text.replace(QLatin1String("{x}"), QString::number(x));
    text.replace(QLatin1String("{-y}"), QString::number((1 << z) - 1 - y));
    text.replace(QLatin1String("{y}"), QString::number(y));
    if (text.contains(QLatin1String("{s}"))) {
        const QString subdomain =
            subdomains.isEmpty() ? QString() : subdomains.at((x + y) % subdomains.size());
        text.replace(QLatin1String("{s}"), subdomain);
    }
    return QUrl(text, QUrl::StrictMode);
}

XyzTileSource::XyzTileSource(QString urlTemplate, QString attribution, QObject* parent)
    : TileSource(parent), m_template(std::move(urlTemplate)), m_attribution(std::move(attribution)),
      m_subdomains(defaultSubdomains()), m_network(new QNetworkAccessManager(this))
{
    const QString cacheRoot = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cacheRoot.isEmpty())
        setCacheDirectory(QDir(cacheRoot).filePath(QStringLiteral("tiles")));
}

XyzTileSource::~XyzTileSource()
{
    m_queue.clear();
    const auto running = m_running;
    m_running.clear();
    for (QNetworkReply* reply : running) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void XyzTileSource::setSubdomains(const QStringList& subdomains)
{
    m_subdomains = subdomains;
}

void XyzTileSource::setZoomRange(int minZoom, int maxZoom)
{
    m_minZoom = std::max(0, minZoom);
    m_maxZoom = std::max(m_minZoom, maxZoom);
}

void XyzTileSource::setCacheDirectory(const QString& directory)
{
    if (directory.isEmpty()) {
        m_network->setCache(nullptr);
        return;
    }
    auto* cache = new QNetworkDiskCache(m_network);
    cache->setCacheDirectory(directory);
    cache->setMaximumCacheSize(kDiskCacheBytes);
    m_network->setCache(cache); // takes ownership, deletes the previous cache
}

void XyzTileSource::requestTile(int z, int x, int y)
{
    const int n = 1 << std::clamp(z, 0, 30);
    if (z < m_minZoom || z > m_maxZoom || x < 0 || y < 0 || x >= n || y >= n) {
        QMetaObject::invokeMethod(
            this, [this, z, x, y] { emit tileFailed(z, x, y); }, Qt::QueuedConnection);
        return;
    }
    const Key key{z, x, y};
    if (m_running.contains(key) || m_decoding.contains(key))
        return;
    m_queue.removeOne(key);
    m_queue.append(key);
    if (m_queue.size() > kMaxQueued)
        m_queue.removeFirst();
    startNext();
}

void XyzTileSource::cancelPending()
{
    m_queue.clear();
}

void XyzTileSource::startNext()
{
    while (m_running.size() < kMaxConcurrent && !m_queue.isEmpty()) {
        const Key key = m_queue.takeLast();
        QNetworkRequest request(tileUrl(m_template, key.z, key.x, key.y, m_subdomains));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setTransferTimeout(kTransferTimeoutMs);
        QNetworkReply* reply = m_network->get(request);
        m_running.insert(key, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] { onFinished(reply, key); });
    }
}

void XyzTileSource::onFinished(QNetworkReply* reply, Key key)
{
    reply->deleteLater();
    if (m_running.value(key) != reply)
        return;
    m_running.remove(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || (status != 0 && status != 200)) {
        // No HTTP answer at all (not a missing tile): the server cannot be reached.
        if (status == 0 && reply->error() != QNetworkReply::OperationCanceledError &&
            !std::exchange(m_reportedUnreachable, true))
            emit unreachable(reply->url().host());
        emit tileFailed(key.z, key.x, key.y);
        startNext();
        return;
    }
    const QByteArray bytes = reply->readAll();
    m_decoding.insert(key, 1);
    QtConcurrent::run(&decodeTileImage, bytes).then(this, [this, key](const QImage& image) {
        m_decoding.remove(key);
        if (image.isNull())
            emit tileFailed(key.z, key.x, key.y);
        else
            emit tileReady(key.z, key.x, key.y, image);
    });
    startNext();
}

} // namespace balgul::ui
