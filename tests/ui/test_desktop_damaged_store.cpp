// A store file that is damaged while the app runs (a failing disk): the app tells the user how to
// recover and stays open, it never ends on an error nobody caught, and nothing more is written.

#include "core/demo/demo_generator.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "ui/application.h"
#include "ui/main_window.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <memory>
#include <vector>

using namespace balgul;
using test::toStd;

namespace {

/// Overwrites the root pages of a table's b-tree and of its indexes with garbage, as a failing
/// disk would.
void damageTable(const std::string& file, const char* table)
{
    std::vector<std::int64_t> roots;
    std::int64_t pageSize = 0;
    {
        core::Database db;
        db.openReadOnly(file);
        auto st = db.prepare("SELECT rootpage FROM sqlite_schema WHERE tbl_name = ? AND rootpage > 1");
        st.bind(1, table);
        while (st.step())
            roots.push_back(st.int64(0));
        auto size = db.prepare("PRAGMA page_size");
        QVERIFY(size.step());
        pageSize = size.int64(0);
    }
    QVERIFY(!roots.empty());
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    const std::string garbage(static_cast<std::size_t>(pageSize), '\xff');
    for (const std::int64_t root : roots) {
        f.seekp((root - 1) * pageSize);
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
}

QMessageBox* errorBox()
{
    for (QWidget* widget : QApplication::topLevelWidgets())
        if (widget->objectName() == QLatin1String("unexpectedErrorBox") && widget->isVisible())
            return qobject_cast<QMessageBox*>(widget);
    return nullptr;
}

} // namespace

class TestDesktopDamagedStore : public QObject
{
    Q_OBJECT

private slots:
    void damageFoundWhileRunningIsToldNotFatal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string file = toStd(dir.filePath(QStringLiteral("balgul.sqlite")));
        {
            auto seeded = core::Store::open(file, {true, "tester"});
            QVERIFY(seeded);
            QVERIFY(core::seedDemoStore(**seeded, 80, 11).ok());
        }
        // The disk fails under the comments after a clean close, so opening the file checks nothing:
        // the window's first queries meet the damage.
        damageTable(file, "comments");
        auto opened = core::Store::open(file, {false, "tester"});
        QVERIFY(opened);
        core::Store& store = **opened;
        ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setTileKind(QStringLiteral("none"));
        settings.setAskedForName(true);
        auto* app = qobject_cast<ui::DesktopApplication*>(QCoreApplication::instance());
        QVERIFY(app);
        app->watchStore(&store);
        ui::MainWindow window(store, settings);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The user walks the list as if nothing happened.
        QTableView* table = window.listPanel()->tableView();
        table->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(table, Qt::Key_Down);

        QVERIFY(store.damaged());
        // Told once, with how to recover; the app runs on.
        QTRY_VERIFY_WITH_TIMEOUT(errorBox() != nullptr, 5000);
        QMessageBox* box = errorBox();
        QVERIFY2(box->text().contains(QStringLiteral("hub")) &&
                     box->text().contains(QStringLiteral("backup")),
                 qPrintable(box->text()));
        box->accept();
        QVERIFY(window.isVisible());
        QVERIFY(!app->lastUnexpectedError().isEmpty());

        // A read that throws inside a queued slot is caught and said, not fatal.
        bool ran = false;
        QMetaObject::invokeMethod(
            &window,
            [&store, &ran] {
                ran = true;
                (void)store.comments("00000000-0000-4000-8000-000000000000");
            },
            Qt::QueuedConnection);
        QTRY_VERIFY(ran);
        QVERIFY(window.isVisible());
        QVERIFY(app->lastUnexpectedError().contains(QStringLiteral("backup")));
        app->watchStore(nullptr);

        // Nothing more goes into the damaged file.
        core::Problem p;
        p.title = "after the damage";
        p.category = "air";
        p.lat = 36.35;
        p.lon = 127.38;
        auto created = store.createProblem(p);
        QVERIFY(!created);
        QCOMPARE(created.error().code, std::string("store_corrupt"));
    }
};

int main(int argc, char** argv)
{
    ui::DesktopApplication app(argc, argv);
    TestDesktopDamagedStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_desktop_damaged_store.moc"
