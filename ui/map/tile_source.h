#pragma once

#include <QImage>
#include <QObject>
#include <QString>

namespace balgul::ui {

/// A supplier of 256 px raster map tiles in the XYZ scheme (y grows southwards).
///
/// Requests are asynchronous: every requestTile() ends in tileReady() or tileFailed(), emitted
/// later from the GUI thread. Loading and decoding happen elsewhere, so the map never waits.
class TileSource : public QObject
{
    Q_OBJECT

public:
    explicit TileSource(QObject* parent = nullptr);
    ~TileSource() override;

    /// Starts loading a tile. Repeated requests for a tile already on its way are merged.
    virtual void requestTile(int z, int x, int y) = 0;
    /// Drops requests that have not started yet (the view moved on); started ones still report.
    virtual void cancelPending();
    /// The credit line drawn in the bottom-right corner of the map.
    virtual QString attribution() const = 0;
    virtual int minZoom() const;
    virtual int maxZoom() const;

signals:
    void tileReady(int z, int x, int y, const QImage& image);
    void tileFailed(int z, int x, int y);
    /// The source cannot reach where its tiles come from (no network, the server is down); `host`
    /// names it. Emitted once per source, at the first such failure.
    void unreachable(const QString& host);
};

/// Decodes tile bytes (PNG, JPEG, WebP, ...) into an image ready for fast painting; null on failure.
/// Safe to call from any thread.
QImage decodeTileImage(const QByteArray& bytes);

} // namespace balgul::ui
