#pragma once

#include "ui/map/tile_source.h"

#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace balgul::ui {

class MbtilesReader;

/// Tiles from an offline MBTiles pack (an SQLite file: `tiles(zoom_level, tile_column, tile_row,
/// tile_data)` with TMS rows counted from the south, and a `metadata(name, value)` table).
///
/// The file is read on a worker thread of its own; tiles arrive decoded.
class MbtilesTileSource : public TileSource
{
    Q_OBJECT

public:
    /// Opens and checks a pack. On failure returns nullptr and, if `error` is given, a sentence
    /// that names the file and what is wrong with it.
    static std::unique_ptr<MbtilesTileSource> open(const QString& path, QString* error);
    ~MbtilesTileSource() override;

    QString path() const { return m_path; }
    QString name() const { return m_name; }
    QString format() const { return m_format; }

    void requestTile(int z, int x, int y) override;
    void cancelPending() override;
    QString attribution() const override { return m_attribution; }
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }

private:
    MbtilesTileSource() = default;
    static quint64 keyOf(int z, int x, int y)
    {
        return (static_cast<quint64>(z) << 48) | (static_cast<quint64>(x) << 24) | static_cast<quint64>(y);
    }

    QString m_path;
    QString m_name;
    QString m_attribution;
    QString m_format;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    QThread* m_thread = nullptr;
    MbtilesReader* m_reader = nullptr; ///< lives on m_thread
    std::shared_ptr<std::atomic<quint64>> m_cancelGeneration;
    quint64 m_generation = 0;
    QSet<quint64> m_pending; ///< requested and not answered yet
};

} // namespace balgul::ui
