// The problem form used from the keyboard, as a person would: Esc (and Cancel) ask before
// throwing away what was typed, Ctrl+Enter saves, Tab goes through the fields in the order
// they are on screen, and the similar-problems box never moves the fields below it.
#include "core/store/store.h"
#include "ui/editor/problem_editor.h"
#include "ui/editor/similar_problems_box.h"

#include "tests/support/test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

constexpr double kLat = 36.3504;
constexpr double kLon = 127.3845;

template <typename T> T* child(QObject* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

QMessageBox* discardQuestion(QWidget* editor)
{
    auto* box = editor->findChild<QMessageBox*>(QStringLiteral("discardQuestion"));
    return box && box->isVisible() ? box : nullptr;
}

} // namespace

class TestProblemEditorKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void escWithNothingTypedCloses();
    void escAsksBeforeThrowingAwayWhatWasTyped_data();
    void escAsksBeforeThrowingAwayWhatWasTyped();
    void editingWithoutChangesClosesAtOnce();
    void ctrlEnterSaves();
    void tabFollowsTheScreen();
    void similarBoxDoesNotMoveTheForm();

private:
    std::unique_ptr<ui::ProblemEditor> showNewEditor();
    core::Problem createProblem(const std::string& title, const std::string& category, double lat,
                                double lon);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
};

void TestProblemEditorKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("balgul.sqlite"))));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
}

void TestProblemEditorKeys::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ui::ProblemEditor> TestProblemEditorKeys::showNewEditor()
{
    auto editor = std::make_unique<ui::ProblemEditor>(*m_store, QGeoCoordinate(kLat, kLon));
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor.get()))
        qFatal("the editor did not become active");
    return editor;
}

core::Problem TestProblemEditorKeys::createProblem(const std::string& title, const std::string& category,
                                                   double lat, double lon)
{
    core::Problem draft;
    draft.title = title;
    draft.category = category;
    draft.lat = lat;
    draft.lon = lon;
    auto created = m_store->createProblem(draft);
    if (!created)
        qFatal("createProblem: %s", created.error().toString().c_str());
    return created.value();
}

void TestProblemEditorKeys::escWithNothingTypedCloses()
{
    auto editor = showNewEditor();
    QSignalSpy finished(editor.get(), &QDialog::finished);
    QVERIFY(!editor->hasChanges());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toInt(), int(QDialog::Rejected));
    QVERIFY(!discardQuestion(editor.get()));
}

void TestProblemEditorKeys::escAsksBeforeThrowingAwayWhatWasTyped_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("viaCancel");
    QTest::addRow("title, Esc") << "titleEdit" << false;
    QTest::addRow("description, Esc") << "descriptionEdit" << false;
    QTest::addRow("address, Cancel button") << "addressEdit" << true;
}

void TestProblemEditorKeys::escAsksBeforeThrowingAwayWhatWasTyped()
{
    QFETCH(QString, field);
    QFETCH(bool, viaCancel);
    auto editor = showNewEditor();
    QSignalSpy finished(editor.get(), &QDialog::finished);
    auto* target = editor->findChild<QWidget*>(field);
    QVERIFY(target);
    target->setFocus();
    QTRY_VERIFY(target->hasFocus());
    QTest::keyClicks(target, QStringLiteral("Street light is out"));
    QVERIFY(editor->hasChanges());

    const auto leave = [&] {
        if (viaCancel)
            QTest::mouseClick(child<QPushButton>(editor.get(), "cancelButton"), Qt::LeftButton);
        else {
            // Back in the form after the question closed: the form has the keyboard again.
            QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == editor.get());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        }
    };
    leave();
    QCOMPARE(finished.count(), 0);
    QTRY_VERIFY(discardQuestion(editor.get()));
    QVERIFY(editor->isVisible());

    // "Keep editing": nothing lost.
    QTest::mouseClick(child<QPushButton>(discardQuestion(editor.get()), "keepEditingButton"), Qt::LeftButton);
    QTRY_VERIFY(!discardQuestion(editor.get()));
    QCOMPARE(finished.count(), 0);
    QVERIFY(editor->isVisible());
    QVERIFY(editor->hasChanges());

    // Esc in the question keeps editing too.
    leave();
    QTRY_VERIFY(discardQuestion(editor.get()));
    QTest::keyClick(discardQuestion(editor.get()), Qt::Key_Escape);
    QTRY_VERIFY(!discardQuestion(editor.get()));
    QCOMPARE(finished.count(), 0);

    // "Discard": the form closes without saving.
    leave();
    QTRY_VERIFY(discardQuestion(editor.get()));
    QTest::mouseClick(child<QPushButton>(discardQuestion(editor.get()), "discardButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toInt(), int(QDialog::Rejected));
    QCOMPARE(m_store->countProblems({}).value(), 0);
}

void TestProblemEditorKeys::editingWithoutChangesClosesAtOnce()
{
    const core::Problem problem = createProblem("Broken bench", "green", kLat, kLon);
    ui::ProblemEditor editor(*m_store, problem);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.hasChanges());
    QSignalSpy finished(&editor, &QDialog::finished);
    editor.reject();
    QCOMPARE(finished.count(), 1);

    ui::ProblemEditor changed(*m_store, problem);
    changed.show();
    QVERIFY(QTest::qWaitForWindowExposed(&changed));
    auto* status = child<QComboBox>(&changed, "statusCombo");
    status->setCurrentIndex((status->currentIndex() + 1) % status->count());
    QVERIFY(changed.hasChanges());
    QSignalSpy changedFinished(&changed, &QDialog::finished);
    changed.reject();
    QCOMPARE(changedFinished.count(), 0);
    QTRY_VERIFY(discardQuestion(&changed));
    QVERIFY(discardQuestion(&changed)->text().contains(QStringLiteral("changes")));
}

void TestProblemEditorKeys::ctrlEnterSaves()
{
    auto editor = showNewEditor();
    QSignalSpy finished(editor.get(), &QDialog::finished);
    auto* title = child<QLineEdit>(editor.get(), "titleEdit");
    QTest::keyClicks(title, QStringLiteral("Street light out"));
    auto* description = child<QPlainTextEdit>(editor.get(), "descriptionEdit");
    description->setFocus();
    QTRY_VERIFY(description->hasFocus());
    QTest::keyClicks(description, QStringLiteral("Dark since Monday."));
    // No category yet: Ctrl+Enter does not save an invalid form.
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!description->toPlainText().contains(QLatin1Char('\n')));

    auto* category = child<QComboBox>(editor.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("safety")));
    QVERIFY(editor->isValid());
    description->setFocus();
    QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toInt(), int(QDialog::Accepted));
    QCOMPARE(editor->problem().description, std::string("Dark since Monday."));

    // The keypad's Enter too.
    auto second = showNewEditor();
    QSignalSpy secondFinished(second.get(), &QDialog::finished);
    child<QLineEdit>(second.get(), "titleEdit")->setText(QStringLiteral("Bins overflowing"));
    auto* secondCategory = child<QComboBox>(second.get(), "categoryCombo");
    secondCategory->setCurrentIndex(secondCategory->findData(QStringLiteral("recycling")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QCOMPARE(secondFinished.count(), 1);
    QCOMPARE(secondFinished.front().front().toInt(), int(QDialog::Accepted));
}

void TestProblemEditorKeys::tabFollowsTheScreen()
{
    createProblem("Broken bench", "green", kLat + 0.0002, kLon);
    auto editor = showNewEditor();
    auto* title = child<QLineEdit>(editor.get(), "titleEdit");
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Broken bench"));
    auto* category = child<QComboBox>(editor.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("green")));
    QVERIFY(editor->isValid()); // Save takes part in the tab order
    editor->refreshSimilarNow();
    QCOMPARE(editor->similarCount(), 1);

    // What a person sees before pressing Tab: the entry and its button.
    QTRY_VERIFY(editor->similarBox()->supportButtons().value(0) &&
                editor->similarBox()->supportButtons().value(0)->isVisible());
    QStringList visited{QApplication::focusWidget()->objectName()};
    QList<QWidget*> widgets{QApplication::focusWidget()};
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == widgets.front())
            break;
        visited << now->objectName();
        widgets << now;
    }
    const QStringList expected{QStringLiteral("titleEdit"),      QStringLiteral("categoryCombo"),
                               QStringLiteral("supportButton0"), QStringLiteral("descriptionEdit"),
                               QStringLiteral("latEdit"),        QStringLiteral("lonEdit"),
                               QStringLiteral("locationMap"),    QStringLiteral("addressEdit")};
    QCOMPARE(visited.mid(0, expected.size()), expected);
    QVERIFY2(visited.contains(QStringLiteral("saveButton")), qPrintable(visited.join(u' ')));
    QVERIFY2(visited.contains(QStringLiteral("cancelButton")), qPrintable(visited.join(u' ')));
    // Every step goes down the form or right along a row, never back up.
    for (qsizetype i = 1; i < widgets.size(); ++i) {
        const QPoint previous = widgets[i - 1]->mapTo(editor.get(), QPoint(0, 0));
        const QPoint here = widgets[i]->mapTo(editor.get(), QPoint(0, 0));
        const bool sameRow = std::abs(here.y() - previous.y()) < widgets[i - 1]->height() / 2;
        QVERIFY2(
            sameRow ? here.x() > previous.x() : here.y() > previous.y(),
            qPrintable(QStringLiteral("%1 then %2: %3").arg(visited[i - 1], visited[i], visited.join(u' '))));
    }
}

void TestProblemEditorKeys::similarBoxDoesNotMoveTheForm()
{
    for (int i = 0; i < 4; ++i)
        createProblem("재활용 쓰레기통이 넘쳐요 " + std::to_string(i), "recycling", kLat + 0.0002 * i, kLon);
    auto editor = showNewEditor();
    auto* description = child<QPlainTextEdit>(editor.get(), "descriptionEdit");
    auto* save = child<QPushButton>(editor.get(), "saveButton");
    const auto layoutNow = [&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return std::make_tuple(description->mapTo(editor.get(), QPoint(0, 0)),
                               save->mapTo(editor.get(), QPoint(0, 0)), editor->size());
    };
    const auto before = layoutNow();

    auto* category = child<QComboBox>(editor.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("recycling")));
    QTest::keyClicks(child<QLineEdit>(editor.get(), "titleEdit"), QStringLiteral("bins"));
    editor->refreshSimilarNow();
    QCOMPARE(editor->similarCount(), 4);
    QVERIFY(editor->similarBox()->isVisible());
    QCOMPARE(layoutNow(), before);

    category->setCurrentIndex(category->findData(QStringLiteral("noise")));
    editor->refreshSimilarNow();
    QCOMPARE(editor->similarCount(), 0);
    QVERIFY(editor->similarBox()->isVisible()); // it says there is nothing, in the same room
    QCOMPARE(layoutNow(), before);
}

QTEST_MAIN(TestProblemEditorKeys)
#include "test_problem_editor_keys.moc"
