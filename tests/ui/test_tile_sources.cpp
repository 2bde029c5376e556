// Tile sources: XYZ URL templates, the web source against a local server, MBTiles packs, the factory.

#include "ui/map/mbtiles_tile_source.h"
#include "ui/map/tile_source_factory.h"
#include "ui/map/xyz_tile_source.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace balgul::ui;

namespace {

QByteArray pngOf(const QColor& color)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A distinct colour for each stored (zoom, column, row) so a test can tell which tile it got.
QColor colorFor(int z, int column, int row)
{
    return QColor(40 + 50 * z, 30 + 60 * column, 20 + 55 * row);
}

void exec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    QVERIFY2(rc == SQLITE_OK, message);
}

/// Writes an MBTiles pack with every tile of zoom levels 0..2, each a different colour keyed by
/// its TMS row as stored.
bool writePack(const QString& path, bool withMetadata = true)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> guard(db, &sqlite3_close);
    exec(db, "BEGIN");
    exec(db,
         "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
    exec(db, "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
    exec(db, "CREATE TABLE metadata (name TEXT, value TEXT)");
    if (withMetadata)
        exec(db, "INSERT INTO metadata VALUES ('name', 'Daejeon test pack'), ('attribution', 'Test data ©'),"
                 "('minzoom', '0'), ('maxzoom', '2'), ('format', 'png')");
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &insert, nullptr) != SQLITE_OK)
        return false;
    for (int z = 0; z <= 2; ++z)
        for (int column = 0; column < (1 << z); ++column)
            for (int row = 0; row < (1 << z); ++row) {
                const QByteArray png = pngOf(colorFor(z, column, row));
                sqlite3_bind_int(insert, 1, z);
                sqlite3_bind_int(insert, 2, column);
                sqlite3_bind_int(insert, 3, row);
                sqlite3_bind_blob(insert, 4, png.constData(), static_cast<int>(png.size()), SQLITE_TRANSIENT);
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
    sqlite3_finalize(insert);
    exec(db, "COMMIT");
    return true;
}

/// A one-shot HTTP server on localhost: records each request and answers with `body`, or not at all.
class TinyHttpServer : public QObject
{
public:
    QByteArray body;
    QByteArray contentType = "image/png";
    int status = 200;
    bool answer = true;
    QList<QByteArray> requests;
    QList<QTcpSocket*> held;

    TinyHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                held.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    void onRead(QTcpSocket* socket)
    {
        m_buffers[socket] += socket->readAll();
        if (!m_buffers[socket].contains("\r\n\r\n"))
            return;
        requests.append(m_buffers.take(socket));
        if (!answer)
            return;
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
                           "\r\nContent-Length: " + QByteArray::number(body.size()) +
                           "\r\nCache-Control: max-age=3600\r\nConnection: close\r\n\r\n" + body;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestTileSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void urlTemplate_data();
    void urlTemplate();
    void templateValidity_data();
    void templateValidity();
    void userAgentNamesTheApp();

    void xyzDownloadsAndDecodes();
    void xyzHttpErrorFails_data();
    void xyzHttpErrorFails();
    void xyzUnreachableServerFails();
    void xyzLimitsConcurrentRequests();

    void mbtilesServesTileWithTmsFlip_data();
    void mbtilesServesTileWithTmsFlip();
    void mbtilesReadsMetadata();
    void mbtilesZoomRangeFromTilesWithoutMetadata();
    void mbtilesMissingTileFails_data();
    void mbtilesMissingTileFails();
    void mbtilesOpenErrors_data();
    void mbtilesOpenErrors();

    void factory_data();
    void factory();
};

void TestTileSources::urlTemplate_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QStringList>("subdomains");
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<QString>("expected");

    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::addRow("osm default") << XyzTileSource::defaultTemplate() << abc << 12 << 3493 << 1607
                                 << QStringLiteral("https://tile.openstreetmap.org/12/3493/1607.png");
    QTest::addRow("subdomain a") << QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{y}.png") << abc
                                 << 5 << 3 << 3 << QStringLiteral("https://a.tiles.example.org/5/3/3.png");
    QTest::addRow("subdomain b") << QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{y}.png") << abc
                                 << 5 << 3 << 4 << QStringLiteral("https://b.tiles.example.org/5/3/4.png");
    QTest::addRow("own subdomains") << QStringLiteral("http://t{s}.example.kr/{z}/{x}/{y}")
                                    << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 3 << 1 << 2
                                    << QStringLiteral("http://t2.example.kr/3/1/2");
    QTest::addRow("tms row") << QStringLiteral("https://example.org/tms/{z}/{x}/{-y}.jpg") << abc << 3 << 2
                             << 1 << QStringLiteral("https://example.org/tms/3/2/6.jpg");
    QTest::addRow("query order") << QStringLiteral("https://example.org/tile?x={x}&y={y}&z={z}&key=k") << abc
                                 << 18 << 223599 << 102880
                                 << QStringLiteral("https://example.org/tile?x=223599&y=102880&z=18&key=k");
}

void TestTileSources::urlTemplate()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QStringList, subdomains);
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(QString, expected);
    QCOMPARE(XyzTileSource::tileUrl(urlTemplate, z, x, y, subdomains).toString(), expected);
}

void TestTileSources::templateValidity_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<bool>("valid");
    QTest::addRow("osm") << XyzTileSource::defaultTemplate() << true;
    QTest::addRow("tms") << QStringLiteral("http://example.org/{z}/{x}/{-y}.png") << true;
    QTest::addRow("no y") << QStringLiteral("https://example.org/{z}/{x}.png") << false;
    QTest::addRow("no zoom") << QStringLiteral("https://example.org/{x}/{y}.png") << false;
    QTest::addRow("file scheme") << QStringLiteral("file:///tiles/{z}/{x}/{y}.png") << false;
    QTest::addRow("no host") << QStringLiteral("{z}/{x}/{y}.png") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestTileSources::templateValidity()
{
    QFETCH(QString, urlTemplate);
    QFETCH(bool, valid);
    QCOMPARE(XyzTileSource::isValidTemplate(urlTemplate), valid);
}

void TestTileSources::userAgentNamesTheApp()
{
    QCOMPARE(XyzTileSource::userAgent(), QByteArray("Balgul/" BALGUL_VERSION " (+https://balgul.org)"));
}

void TestTileSources::xyzDownloadsAndDecodes()
{
    QTemporaryDir cache;
    TinyHttpServer server;
    server.body = pngOf(QColor(10, 200, 30));
    XyzTileSource source(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.port()),
                         QStringLiteral("Local"));
    source.setCacheDirectory(cache.path());
    QSignalSpy ready(&source, &TileSource::tileReady);
    QSignalSpy failed(&source, &TileSource::tileFailed);

    source.requestTile(7, 109, 50);
    source.requestTile(7, 109, 50); // merged with the first
    QVERIFY(ready.wait(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toInt(), 7);
    QCOMPARE(ready.at(0).at(1).toInt(), 109);
    QCOMPARE(ready.at(0).at(2).toInt(), 50);
    const QImage image = ready.at(0).at(3).value<QImage>();
    QCOMPARE(image.size(), QSize(256, 256));
    QCOMPARE(image.pixelColor(128, 128), QColor(10, 200, 30));

    QCOMPARE(server.requests.size(), 1);
    const QByteArray& request = server.requests.first();
    QVERIFY2(request.startsWith("GET /7/109/50.png "), request.constData());
    QVERIFY2(request.contains("User-Agent: Balgul/" BALGUL_VERSION " (+https://balgul.org)"),
             request.constData());
}

void TestTileSources::xyzHttpErrorFails_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("forbidden") << 403 << QByteArray("blocked");
    QTest::addRow("not found") << 404 << QByteArray("none");
    QTest::addRow("not an image") << 200 << QByteArray("<html>hello</html>");
}

void TestTileSources::xyzHttpErrorFails()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    TinyHttpServer server;
    server.status = status;
    server.body = body;
    XyzTileSource source(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.port()));
    source.setCacheDirectory(QString());
    QSignalSpy ready(&source, &TileSource::tileReady);
    QSignalSpy failed(&source, &TileSource::tileFailed);
    source.requestTile(3, 1, 2);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toInt(), 3);
    QCOMPARE(failed.at(0).at(1).toInt(), 1);
    QCOMPARE(failed.at(0).at(2).toInt(), 2);
    QCOMPARE(ready.count(), 0);
}

void TestTileSources::xyzUnreachableServerFails()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closedPort = probe.serverPort();
    } // closed again: connections are refused
    XyzTileSource source(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(closedPort));
    source.setCacheDirectory(QString());
    QSignalSpy failed(&source, &TileSource::tileFailed);
    source.requestTile(1, 0, 1);
    source.requestTile(9, 600, 0); // outside the grid: fails without a request
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 5000);
}

void TestTileSources::xyzLimitsConcurrentRequests()
{
    TinyHttpServer server;
    server.answer = false;
    XyzTileSource source(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(server.port()));
    source.setCacheDirectory(QString());
    for (int x = 0; x < 20; ++x)
        source.requestTile(5, x, 7);
    QCOMPARE(source.inFlight(), XyzTileSource::kMaxConcurrent);
    QCOMPARE(source.queued(), 20 - XyzTileSource::kMaxConcurrent);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), XyzTileSource::kMaxConcurrent, 5000);
    source.cancelPending();
    QCOMPARE(source.queued(), 0);
    QCOMPARE(source.inFlight(), XyzTileSource::kMaxConcurrent);
}

void TestTileSources::mbtilesServesTileWithTmsFlip_data()
{
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("storedRow");
    QTest::addRow("world") << 0 << 0 << 0 << 0;
    QTest::addRow("z1 north-west") << 1 << 0 << 0 << 1;
    QTest::addRow("z1 south-east") << 1 << 1 << 1 << 0;
    QTest::addRow("z2 top row") << 2 << 3 << 0 << 3;
    QTest::addRow("z2 row 1") << 2 << 2 << 1 << 2;
    QTest::addRow("z2 bottom row") << 2 << 1 << 3 << 0;
}

void TestTileSources::mbtilesServesTileWithTmsFlip()
{
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(int, storedRow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.mbtiles"));
    QVERIFY(writePack(path));
    QString error;
    auto source = MbtilesTileSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->requestTile(z, x, y);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.at(0).at(0).toInt(), z);
    QCOMPARE(ready.at(0).at(1).toInt(), x);
    QCOMPARE(ready.at(0).at(2).toInt(), y);
    const QImage image = ready.at(0).at(3).value<QImage>();
    QCOMPARE(image.pixelColor(10, 10), colorFor(z, x, storedRow));
}

void TestTileSources::mbtilesReadsMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.mbtiles"));
    QVERIFY(writePack(path));
    QString error;
    auto source = MbtilesTileSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->name(), QStringLiteral("Daejeon test pack"));
    QCOMPARE(source->attribution(), QStringLiteral("Test data ©"));
    QCOMPARE(source->format(), QStringLiteral("png"));
    QCOMPARE(source->minZoom(), 0);
    QCOMPARE(source->maxZoom(), 2);
}

void TestTileSources::mbtilesZoomRangeFromTilesWithoutMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bare.mbtiles"));
    QVERIFY(writePack(path, false));
    QString error;
    auto source = MbtilesTileSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    QCOMPARE(source->minZoom(), 0);
    QCOMPARE(source->maxZoom(), 2);
    QCOMPARE(source->name(), QStringLiteral("bare"));
    QVERIFY(source->attribution().isEmpty());
}

void TestTileSources::mbtilesMissingTileFails_data()
{
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addRow("deeper than the pack") << 3 << 1 << 1;
    QTest::addRow("outside the grid") << 2 << 4 << 0;
    QTest::addRow("negative") << 1 << -1 << 0;
}

void TestTileSources::mbtilesMissingTileFails()
{
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.mbtiles"));
    QVERIFY(writePack(path));
    auto source = MbtilesTileSource::open(path, nullptr);
    QVERIFY(source);
    QSignalSpy failed(source.get(), &TileSource::tileFailed);
    QSignalSpy ready(source.get(), &TileSource::tileReady);
    source->requestTile(z, x, y);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).toInt(), z);
    QCOMPARE(ready.count(), 0);
}

void TestTileSources::mbtilesOpenErrors_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("setup");
    QTest::addColumn<QString>("expectedWords");
    QTest::addRow("missing file") << QStringLiteral("nowhere.mbtiles") << QByteArray()
                                  << QStringLiteral("does not exist");
    QTest::addRow("text file") << QStringLiteral("notes.mbtiles")
                               << QByteArray("text:this is not a database at all, "
                                             "just words in a file")
                               << QStringLiteral("not an SQLite file");
    QTest::addRow("no tiles table") << QStringLiteral("other.mbtiles")
                                    << QByteArray("sql:CREATE TABLE metadata (name TEXT, value TEXT);")
                                    << QStringLiteral("no tiles table");
    QTest::addRow("no metadata table")
        << QStringLiteral("tilesonly.mbtiles")
        << QByteArray(
               "sql:CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data "
               "BLOB);")
        << QStringLiteral("no metadata table");
    QTest::addRow("empty pack") << QStringLiteral("empty.mbtiles")
                                << QByteArray("sql:CREATE TABLE metadata (name TEXT, value TEXT);"
                                              "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                              "tile_row INTEGER, tile_data BLOB);")
                                << QStringLiteral("holds no tiles");
    QTest::addRow("vector tiles") << QStringLiteral("vector.mbtiles")
                                  << QByteArray(
                                         "sql:CREATE TABLE metadata (name TEXT, value TEXT);"
                                         "INSERT INTO metadata VALUES ('format', 'pbf');"
                                         "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                         "tile_row INTEGER, tile_data BLOB);")
                                  << QStringLiteral("vector tiles");
}

void TestTileSources::mbtilesOpenErrors()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, setup);
    QFETCH(QString, expectedWords);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    if (setup.startsWith("text:")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(setup.mid(5).repeated(40));
    } else if (setup.startsWith("sql:")) {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        exec(db, setup.mid(4).constData());
        sqlite3_close(db);
    }
    QString error;
    auto source = MbtilesTileSource::open(path, &error);
    QVERIFY(!source);
    QVERIFY2(error.contains(expectedWords), qPrintable(error));
    QVERIFY2(error.contains(fileName), qPrintable(error)); // the user learns which file
}

void TestTileSources::factory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("urlOrPath");
    QTest::addColumn<QString>("expectedClass"); // empty: no source
    QTest::addColumn<bool>("expectError");
    QTest::addRow("none") << QStringLiteral("none") << QString() << QString() << false;
    QTest::addRow("osm default") << QStringLiteral("osm") << QString()
                                 << QStringLiteral("balgul::ui::XyzTileSource") << false;
    QTest::addRow("osm template") << QStringLiteral("osm")
                                  << QStringLiteral("https://{s}.example.org/{z}/{x}/{y}.png")
                                  << QStringLiteral("balgul::ui::XyzTileSource") << false;
    QTest::addRow("osm bad template")
        << QStringLiteral("osm") << QStringLiteral("https://example.org/tiles.png") << QString() << true;
    QTest::addRow("mbtiles") << QStringLiteral("mbtiles") << QStringLiteral("@pack")
                             << QStringLiteral("balgul::ui::MbtilesTileSource") << false;
    QTest::addRow("mbtiles missing") << QStringLiteral("mbtiles") << QStringLiteral("@missing") << QString()
                                     << true;
    QTest::addRow("unknown kind") << QStringLiteral("wms") << QString() << QString() << true;
}

void TestTileSources::factory()
{
    QFETCH(QString, kind);
    QFETCH(QString, urlOrPath);
    QFETCH(QString, expectedClass);
    QFETCH(bool, expectError);
    QTemporaryDir dir;
    if (urlOrPath == QLatin1String("@pack")) {
        urlOrPath = dir.filePath(QStringLiteral("pack.mbtiles"));
        QVERIFY(writePack(urlOrPath));
    } else if (urlOrPath == QLatin1String("@missing")) {
        urlOrPath = dir.filePath(QStringLiteral("missing.mbtiles"));
    }
    QString error = QStringLiteral("stale");
    const std::unique_ptr<TileSource> source = createTileSource(kind, urlOrPath, &error);
    QCOMPARE(source ? QString::fromLatin1(source->metaObject()->className()) : QString(), expectedClass);
    QCOMPARE(!error.isEmpty(), expectError);
    if (kind == QLatin1String("osm") && source)
        QCOMPARE(source->attribution(), QStringLiteral("© OpenStreetMap contributors"));
}

QTEST_GUILESS_MAIN(TestTileSources)
#include "test_tile_sources.moc"
