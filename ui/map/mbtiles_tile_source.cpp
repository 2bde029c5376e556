#include "ui/map/mbtiles_tile_source.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <limits>

#include <sqlite3.h>

namespace balgul::ui {

/// Owns the SQLite connection and answers tile requests on the worker thread.
class MbtilesReader : public QObject
{
    Q_OBJECT

public:
    MbtilesReader(sqlite3* db, sqlite3_stmt* select, std::shared_ptr<std::atomic<quint64>> cancelGeneration)
        : m_db(db), m_select(select), m_cancelGeneration(std::move(cancelGeneration))
    {}
    ~MbtilesReader() override
    {
        sqlite3_finalize(m_select);
        sqlite3_close(m_db);
    }

    void load(int z, int x, int y, quint64 generation)
    {
        if (generation < m_cancelGeneration->load()) {
            emit cancelled(z, x, y);
            return;
        }
        const int tmsRow = (1 << z) - 1 - y;
        sqlite3_reset(m_select);
        sqlite3_bind_int(m_select, 1, z);
        sqlite3_bind_int(m_select, 2, x);
        sqlite3_bind_int(m_select, 3, tmsRow);
        QImage image;
        if (sqlite3_step(m_select) == SQLITE_ROW) {
            const auto* data = static_cast<const char*>(sqlite3_column_blob(m_select, 0));
            const int size = sqlite3_column_bytes(m_select, 0);
            if (data && size > 0)
                image = decodeTileImage(QByteArray(data, size));
        }
        sqlite3_reset(m_select);
        if (image.isNull())
            emit failed(z, x, y);
        else
            emit loaded(z, x, y, image);
    }

signals:
    void loaded(int z, int x, int y, const QImage& image);
    void failed(int z, int x, int y);
    void cancelled(int z, int x, int y);

private:
    sqlite3* m_db;
    sqlite3_stmt* m_select;
    std::shared_ptr<std::atomic<quint64>> m_cancelGeneration;
};

namespace {

struct Closer
{
    sqlite3* db = nullptr;
    sqlite3_stmt* stmt = nullptr;
    ~Closer()
    {
        sqlite3_finalize(stmt);
        sqlite3_close(db);
    }
};

QString columnText(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

} // namespace

std::unique_ptr<MbtilesTileSource> MbtilesTileSource::open(const QString& path, QString* error)
{
    auto fail = [&](const QString& message) -> std::unique_ptr<MbtilesTileSource> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (path.isEmpty())
        return fail(tr("No map pack file was given."));
    if (!info.exists())
        return fail(tr("The map pack “%1” does not exist.").arg(shown));
    if (!info.isFile() || !info.isReadable())
        return fail(tr("The map pack “%1” cannot be read.").arg(shown));

    Closer handle;
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    if (sqlite3_open_v2(native.constData(), &handle.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK)
        return fail(tr("The map pack “%1” cannot be opened: %2.")
                        .arg(shown, QString::fromUtf8(sqlite3_errmsg(handle.db))));

    auto source = std::unique_ptr<MbtilesTileSource>(new MbtilesTileSource());
    source->m_path = info.absoluteFilePath();
    source->m_name = info.completeBaseName();

    // Metadata: optional, but a file without it or without tiles is not a map pack.
    int rc = sqlite3_prepare_v2(handle.db, "SELECT name, value FROM metadata", -1, &handle.stmt, nullptr);
    if (rc == SQLITE_NOTADB)
        return fail(tr("“%1” is not a map pack (it is not an SQLite file).").arg(shown));
    if (rc != SQLITE_OK)
        return fail(tr("“%1” is not a map pack: it has no metadata table.").arg(shown));
    bool hasMin = false;
    bool hasMax = false;
    while ((rc = sqlite3_step(handle.stmt)) == SQLITE_ROW) {
        const QString key = columnText(handle.stmt, 0).trimmed().toLower();
        const QString value = columnText(handle.stmt, 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("name") && !value.isEmpty())
            source->m_name = value;
        else if (key == QLatin1String("attribution"))
            source->m_attribution = value;
        else if (key == QLatin1String("format"))
            source->m_format = value.toLower();
        else if (key == QLatin1String("minzoom") && (source->m_minZoom = value.toInt(&ok), ok))
            hasMin = true;
        else if (key == QLatin1String("maxzoom") && (source->m_maxZoom = value.toInt(&ok), ok))
            hasMax = true;
    }
    if (rc != SQLITE_DONE)
        return fail(
            tr("The map pack “%1” is damaged: %2.").arg(shown, QString::fromUtf8(sqlite3_errmsg(handle.db))));
    sqlite3_finalize(handle.stmt);
    handle.stmt = nullptr;

    if (source->m_format == QLatin1String("pbf") || source->m_format == QLatin1String("mvt"))
        return fail(
            tr("The map pack “%1” holds vector tiles; only image tiles (PNG, JPEG, WebP) can be shown.")
                .arg(shown));

    if (!hasMin || !hasMax) {
        if (sqlite3_prepare_v2(handle.db, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1,
                               &handle.stmt, nullptr) != SQLITE_OK)
            return fail(tr("“%1” is not a map pack: it has no tiles table.").arg(shown));
        if (sqlite3_step(handle.stmt) != SQLITE_ROW || sqlite3_column_type(handle.stmt, 0) == SQLITE_NULL)
            return fail(tr("The map pack “%1” holds no tiles.").arg(shown));
        if (!hasMin)
            source->m_minZoom = sqlite3_column_int(handle.stmt, 0);
        if (!hasMax)
            source->m_maxZoom = sqlite3_column_int(handle.stmt, 1);
        sqlite3_finalize(handle.stmt);
        handle.stmt = nullptr;
    }
    source->m_minZoom = std::clamp(source->m_minZoom, 0, 24);
    source->m_maxZoom = std::clamp(source->m_maxZoom, source->m_minZoom, 24);

    sqlite3_stmt* select = nullptr;
    if (sqlite3_prepare_v2(
            handle.db,
            "SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3", -1,
            &select, nullptr) != SQLITE_OK)
        return fail(tr("“%1” is not a map pack: it has no tiles table with zoom_level, tile_column, tile_row "
                       "and tile_data.")
                        .arg(shown));

    source->m_cancelGeneration = std::make_shared<std::atomic<quint64>>(0);
    source->m_reader = new MbtilesReader(handle.db, select, source->m_cancelGeneration);
    handle.db = nullptr; // owned by the reader now
    source->m_thread = new QThread(source.get());
    source->m_thread->setObjectName(QStringLiteral("mbtiles"));
    source->m_reader->moveToThread(source->m_thread);
    MbtilesTileSource* self = source.get();
    auto done = [self](int z, int x, int y) { self->m_pending.remove(keyOf(z, x, y)); };
    connect(self->m_reader, &MbtilesReader::loaded, self,
            [self, done](int z, int x, int y, const QImage& image) {
                done(z, x, y);
                emit self->tileReady(z, x, y, image);
            });
    connect(self->m_reader, &MbtilesReader::failed, self, [self, done](int z, int x, int y) {
        done(z, x, y);
        emit self->tileFailed(z, x, y);
    });
    connect(self->m_reader, &MbtilesReader::cancelled, self, done);
    source->m_thread->start();
    return source;
}

MbtilesTileSource::~MbtilesTileSource()
{
    if (m_thread) {
        m_cancelGeneration->store(std::numeric_limits<quint64>::max());
        m_thread->quit();
        m_thread->wait();
    }
    delete m_reader; // its thread has stopped, so no event can reach it any more
}

void MbtilesTileSource::requestTile(int z, int x, int y)
{
    const int n = z >= 0 && z <= 30 ? 1 << z : 0;
    if (z < m_minZoom || z > m_maxZoom || x < 0 || y < 0 || x >= n || y >= n) {
        QMetaObject::invokeMethod(
            this, [this, z, x, y] { emit tileFailed(z, x, y); }, Qt::QueuedConnection);
        return;
    }
    if (m_pending.contains(keyOf(z, x, y)))
        return;
    m_pending.insert(keyOf(z, x, y));
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, z, x, y, generation] { reader->load(z, x, y, generation); },
        Qt::QueuedConnection);
}

void MbtilesTileSource::cancelPending()
{
    // Queued loads of an older generation are skipped by the reader; a tile asked for again is
    // queued afresh under the new generation.
    ++m_generation;
    m_cancelGeneration->store(m_generation);
    m_pending.clear();
}

} // namespace balgul::ui

#include "mbtiles_tile_source.moc"
