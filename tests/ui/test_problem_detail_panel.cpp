// ProblemDetailPanel over a real store: fields, comments, "me too", photos, following changes.

#include "core/store/store.h"
#include "ui/category_names.h"
#include "ui/date_text.h"
#include "ui/panels/photo_strip.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/qt_convert.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balgul;
using ui::ProblemDetailPanel;

class TestProblemDetailPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyState();
    void showsFields();
    void addsComment();
    void rejectsBadComment_data();
    void rejectsBadComment();
    void togglesSupport();
    void followsStoreChanges();
    void buttonsAskForActions_data();
    void buttonsAskForActions();
    void showsPhotos();

private:
    template <typename T> T* child(const char* name)
    {
        T* widget = m_panel->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QString text(const char* name) { return child<QLabel>(name)->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    core::Problem m_problem;
    std::unique_ptr<ProblemDetailPanel> m_panel;
};

void TestProblemDetailPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(ui::toStd(m_dir->filePath(QStringLiteral("store.db"))), {true, "김민지"});
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store.value());

    core::Problem draft;
    draft.title = "둔산동 미세먼지";
    draft.description = "아침마다 미세먼지가 심해요.\n창문을 열 수 없어요.";
    draft.category = "air";
    draft.status = core::ProblemStatus::Confirmed;
    draft.lat = 36.351234;
    draft.lon = 127.384567;
    draft.address = "대전 서구 둔산동 1234";
    auto created = m_store->createProblem(draft);
    QVERIFY(created.ok());
    m_problem = *created;
    core::Problem other = draft;
    other.title = "다른 문제";
    QVERIFY(m_store->createProblem(other).ok());

    m_panel = std::make_unique<ProblemDetailPanel>(*m_store);
    m_panel->resize(420, 700);
}

void TestProblemDetailPanel::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProblemDetailPanel::emptyState()
{
    auto* stack = m_panel->findChild<QStackedWidget*>();
    QVERIFY(stack);
    QCOMPARE(m_panel->problemRowid(), std::int64_t(0));
    QCOMPARE(stack->currentWidget(), child<QLabel>("emptyLabel"));
    QCOMPARE(text("emptyLabel"), QStringLiteral("Select a problem on the map or in the list"));

    m_panel->showProblem(m_problem.rowid);
    QVERIFY(stack->currentWidget() != child<QLabel>("emptyLabel"));
    m_panel->showProblem(0);
    QCOMPARE(stack->currentWidget(), child<QLabel>("emptyLabel"));
    m_panel->showProblem(424242); // does not exist
    QCOMPARE(m_panel->problemRowid(), std::int64_t(0));
    QCOMPARE(stack->currentWidget(), child<QLabel>("emptyLabel"));
}

void TestProblemDetailPanel::showsFields()
{
    m_panel->showProblem(m_problem.rowid);
    QCOMPARE(m_panel->problemRowid(), m_problem.rowid);
    QCOMPARE(text("titleLabel"), QStringLiteral("둔산동 미세먼지"));
    QVERIFY(child<QLabel>("titleLabel")->font().pointSizeF() > m_panel->font().pointSizeF());
    QCOMPARE(text("categoryChip"), ui::categoryName("air"));
    QCOMPARE(text("statusLabel"), ui::statusName(core::ProblemStatus::Confirmed));
    QVERIFY2(text("metaLabel").contains(QStringLiteral("김민지")), qPrintable(text("metaLabel")));
    QVERIFY(text("metaLabel").contains(ui::dayTimeText(ui::toQDateTime(m_problem.created))));
    QCOMPARE(text("addressLabel"), QStringLiteral("대전 서구 둔산동 1234"));
    QVERIFY2(text("coordinatesLabel").contains(QStringLiteral("36.35123")) &&
                 text("coordinatesLabel").contains(QStringLiteral("127.38457")),
             qPrintable(text("coordinatesLabel")));
    QCOMPARE(text("descriptionLabel"), QStringLiteral("아침마다 미세먼지가 심해요.\n창문을 열 수 없어요."));
    QVERIFY(child<QLabel>("descriptionLabel")->wordWrap());
    QVERIFY(child<QLabel>("descriptionLabel")->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(child<ui::PhotoStrip>("photoStrip")->isHidden()); // no photos
    QCOMPARE(child<QPushButton>("supportButton")->isChecked(), false);
    QVERIFY(child<QPushButton>("supportButton")->text().contains(QLatin1Char('0')));
    QVERIFY(text("commentsHeading").contains(QLatin1Char('0')));
    QVERIFY(!child<QLabel>("noComments")->isHidden());
}

void TestProblemDetailPanel::addsComment()
{
    m_panel->showProblem(m_problem.rowid);
    auto* edit = child<QPlainTextEdit>("commentEdit");
    edit->setPlainText(QStringLiteral("저희 집 앞도 그래요"));
    QTest::mouseClick(child<QPushButton>("addCommentButton"), Qt::LeftButton);

    const std::vector<core::Comment> comments = m_store->comments(m_problem.id);
    QCOMPARE(comments.size(), std::size_t(1));
    QCOMPARE(comments.front().text, std::string("저희 집 앞도 그래요"));
    QCOMPARE(comments.front().author, std::string("김민지"));
    QVERIFY(edit->toPlainText().isEmpty());
    QVERIFY(child<QLabel>("commentError")->isHidden());
    QVERIFY(text("commentsHeading").contains(QLatin1Char('1')));
    QVERIFY(child<QLabel>("noComments")->isHidden());
    const QList<QLabel*> texts = m_panel->findChildren<QLabel*>(QStringLiteral("commentText"));
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts.first()->text(), QStringLiteral("저희 집 앞도 그래요"));
    const QList<QLabel*> headers = m_panel->findChildren<QLabel*>(QStringLiteral("commentHeader"));
    QCOMPARE(headers.size(), 1);
    QVERIFY(headers.first()->text().contains(QStringLiteral("김민지")));

    // A second comment, added elsewhere, shows up too.
    QVERIFY(m_store->addComment(m_problem.id, "두 번째 의견").ok());
    QCOMPARE(m_panel->findChildren<QLabel*>(QStringLiteral("commentText")).size(), 2);
    QVERIFY(text("commentsHeading").contains(QLatin1Char('2')));
}

void TestProblemDetailPanel::rejectsBadComment_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("expectedError");
    QTest::addRow("empty") << QString() << QStringLiteral("Please write a comment first.");
    QTest::addRow("only spaces") << QStringLiteral("   \n  ")
                                 << QStringLiteral("Please write a comment first.");
    QTest::addRow("too long") << QString(int(core::limits::kCommentMax) + 1, QChar(0xAC00))
                              << QStringLiteral("“Comment” is too long. Please shorten it.");
}

void TestProblemDetailPanel::rejectsBadComment()
{
    QFETCH(QString, comment);
    QFETCH(QString, expectedError);
    m_panel->showProblem(m_problem.rowid);
    auto* edit = child<QPlainTextEdit>("commentEdit");
    edit->setPlainText(comment);
    QTest::mouseClick(child<QPushButton>("addCommentButton"), Qt::LeftButton);
    QVERIFY(m_store->comments(m_problem.id).empty());
    QVERIFY(!child<QLabel>("commentError")->isHidden());
    QCOMPARE(text("commentError"), expectedError);
    QCOMPARE(edit->toPlainText(), comment); // what the user typed is kept
    edit->insertPlainText(QStringLiteral("x"));
    QVERIFY(child<QLabel>("commentError")->isHidden()); // typing clears the message
}

void TestProblemDetailPanel::togglesSupport()
{
    m_panel->showProblem(m_problem.rowid);
    auto* button = child<QPushButton>("supportButton");
    QVERIFY(button->isCheckable());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_store->isSupported(m_problem.id));
    QCOMPARE(m_store->problem(m_problem.id)->supportCount, 1);
    QVERIFY(button->isChecked());
    QVERIFY2(button->text().contains(QLatin1Char('1')), qPrintable(button->text()));

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_store->isSupported(m_problem.id));
    QCOMPARE(m_store->problem(m_problem.id)->supportCount, 0);
    QVERIFY(!button->isChecked());
    QVERIFY2(button->text().contains(QLatin1Char('0')), qPrintable(button->text()));
}

void TestProblemDetailPanel::followsStoreChanges()
{
    m_panel->showProblem(m_problem.rowid);
    child<QPlainTextEdit>("commentEdit")->setPlainText(QStringLiteral("쓰는 중"));

    core::ProblemPatch patch;
    patch.title = "둔산동 미세먼지 (측정함)";
    patch.status = core::ProblemStatus::InProgress;
    QVERIFY(m_store->updateProblem(m_problem.id, patch).ok());
    QCOMPARE(text("titleLabel"), QStringLiteral("둔산동 미세먼지 (측정함)"));
    QCOMPARE(text("statusLabel"), ui::statusName(core::ProblemStatus::InProgress));
    QVERIFY(text("metaLabel").contains(QStringLiteral("changed")));
    QCOMPARE(child<QPlainTextEdit>("commentEdit")->toPlainText(), QStringLiteral("쓰는 중")); // draft kept

    // Changes to other problems leave the panel alone.
    const auto others = m_store->problems({});
    QVERIFY(others.ok());
    for (const core::Problem& p : *others)
        if (p.id != m_problem.id) {
            core::ProblemPatch retitle;
            retitle.title = "바뀐 다른 문제";
            QVERIFY(m_store->updateProblem(p.id, retitle).ok());
        }
    QCOMPARE(text("titleLabel"), QStringLiteral("둔산동 미세먼지 (측정함)"));

    QVERIFY(m_store->removeProblem(m_problem.id).ok());
    QCOMPARE(m_panel->problemRowid(), std::int64_t(0));
    QCOMPARE(m_panel->findChild<QStackedWidget*>()->currentWidget(), child<QLabel>("emptyLabel"));
}

void TestProblemDetailPanel::buttonsAskForActions_data()
{
    QTest::addColumn<QString>("button");
    QTest::addRow("edit") << QStringLiteral("editButton");
    QTest::addRow("delete") << QStringLiteral("deleteButton");
    QTest::addRow("show on map") << QStringLiteral("showOnMapButton");
}

void TestProblemDetailPanel::buttonsAskForActions()
{
    QFETCH(QString, button);
    QSignalSpy edit(m_panel.get(), &ProblemDetailPanel::editRequested);
    QSignalSpy remove(m_panel.get(), &ProblemDetailPanel::deleteRequested);
    QSignalSpy map(m_panel.get(), &ProblemDetailPanel::showOnMapRequested);
    m_panel->showProblem(m_problem.rowid);
    QTest::mouseClick(child<QPushButton>(qPrintable(button)), Qt::LeftButton);
    QSignalSpy* expected = button == QLatin1String("editButton")     ? &edit
                           : button == QLatin1String("deleteButton") ? &remove
                                                                     : &map;
    QCOMPARE(edit.count() + remove.count() + map.count(), 1);
    QCOMPARE(expected->count(), 1);
    QCOMPARE(expected->first().first().value<std::int64_t>(), m_problem.rowid);
    QVERIFY(m_store->problem(m_problem.id).has_value()); // the panel only asks; it deletes nothing
}

void TestProblemDetailPanel::showsPhotos()
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(QColor(0x8E, 0x6B, 0xBF));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "PNG"));
    auto attached =
        m_store->attachBytes(m_problem.id, std::string(png.constData(), std::size_t(png.size())), "먼지.png");
    QVERIFY2(attached.ok(), attached.ok() ? "" : attached.error().toString().c_str());

    m_panel->showProblem(m_problem.rowid);
    auto* strip = child<ui::PhotoStrip>("photoStrip");
    QVERIFY(!strip->isHidden());
    QCOMPARE(strip->count(), 1);
    QTRY_COMPARE(strip->loadedCount(), 1);

    const QImage thumbnail = ui::PhotoStrip::loadScaled(ui::toQ(m_store->blobPath(attached->sha256)),
                                                        ui::PhotoStrip::kThumbnailSize);
    QCOMPARE(thumbnail.size(), QSize(96, 60));
    QCOMPARE(thumbnail.pixelColor(10, 10), QColor(0x8E, 0x6B, 0xBF));
    QVERIFY(ui::PhotoStrip::loadScaled(m_dir->filePath(QStringLiteral("missing.png")), 96).isNull());

    // A photo attached while the problem is shown appears.
    image.fill(Qt::white);
    png.clear();
    buffer.seek(0);
    QVERIFY(image.save(&buffer, "PNG"));
    QVERIFY(m_store->attachBytes(m_problem.id, std::string(png.constData(), std::size_t(png.size())), "2.png")
                .ok());
    QCOMPARE(strip->count(), 2);
    QTRY_COMPARE(strip->loadedCount(), 2);
}

QTEST_MAIN(TestProblemDetailPanel)
#include "test_problem_detail_panel.moc"
