// The problem editor: inline validation in plain words, Save enabled only for valid input,
// the duplicate hint for new problems, photos checked off the GUI thread, and edits that
// report only the fields that changed.
#include "core/store/store.h"
#include "ui/editor/photo_picker.h"
#include "ui/editor/problem_editor.h"
#include "ui/editor/similar_problems_box.h"

#include "tests/support/test_support.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
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

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

} // namespace

class TestProblemEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validation_data();
    void validation();
    void validInputEnablesSave();
    void newProblemTitleIsNotScoldedBeforeTyping();
    void similarProblemsNearbyAreListed();
    void supportInsteadClosesWithoutCreating();
    void similarHintFollowsTypingAfterAPause();
    void editReportsOnlyChangedFields();
    void unknownStoredCategoryMustBeChosen();
    void photoThatIsNotAnImageIsRefused();
    void photoIsAddedWithThumbnail();

private:
    std::unique_ptr<ui::ProblemEditor> newEditor();
    core::Problem createProblem(const std::string& title, const std::string& category, double lat,
                                double lon);
    void fillValid(ui::ProblemEditor& editor);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
};

void TestProblemEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("balgul.sqlite"))));
    QVERIFY(store.ok());
    m_store = std::move(store).value();
}

void TestProblemEditor::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<ui::ProblemEditor> TestProblemEditor::newEditor()
{
    return std::make_unique<ui::ProblemEditor>(*m_store, QGeoCoordinate(kLat, kLon));
}

core::Problem TestProblemEditor::createProblem(const std::string& title, const std::string& category,
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

void TestProblemEditor::fillValid(ui::ProblemEditor& editor)
{
    child<QLineEdit>(&editor, "titleEdit")->setText(QStringLiteral("가로등이 꺼져 있어요"));
    auto* category = child<QComboBox>(&editor, "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("safety")));
    child<QPlainTextEdit>(&editor, "descriptionEdit")->setPlainText(QStringLiteral("Dark since Monday."));
    child<QLineEdit>(&editor, "addressEdit")->setText(QStringLiteral("둔산동 버스 정류장"));
}

void TestProblemEditor::validation_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code"); ///< core error code whose sentence must show; empty: see `contains`
    QTest::addColumn<QString>("contains");

    QTest::addRow("empty title") << "titleEdit"
                                 << ""
                                 << "title"
                                 << "required"
                                 << "";
    QTest::addRow("blank title") << "titleEdit"
                                 << "   "
                                 << "title"
                                 << "required"
                                 << "";
    QTest::addRow("10,000-character title") << "titleEdit" << QString(10000, QLatin1Char('x')) << "title"
                                            << "too_long"
                                            << "";
    QTest::addRow("latitude 91") << "latEdit"
                                 << "91"
                                 << "lat"
                                 << "out_of_range"
                                 << "";
    QTest::addRow("latitude -90.5") << "latEdit"
                                    << "-90.5"
                                    << "lat"
                                    << "out_of_range"
                                    << "";
    QTest::addRow("longitude 181") << "lonEdit"
                                   << "181"
                                   << "lon"
                                   << "out_of_range"
                                   << "";
    QTest::addRow("latitude not a number") << "latEdit"
                                           << "north"
                                           << "lat"
                                           << ""
                                           << "as a number";
    QTest::addRow("longitude empty") << "lonEdit"
                                     << ""
                                     << "lon"
                                     << ""
                                     << "as a number";
    QTest::addRow("no category") << "categoryCombo"
                                 << ""
                                 << "category"
                                 << "unknown_category"
                                 << "";
    QTest::addRow("address too long") << "addressEdit" << QString(301, QLatin1Char('a')) << "address"
                                      << "too_long"
                                      << "";
}

void TestProblemEditor::validation()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, code);
    QFETCH(QString, contains);

    auto editor = newEditor();
    fillValid(*editor);
    auto* save = child<QPushButton>(editor.get(), "saveButton");
    QVERIFY(save->isEnabled());

    QWidget* target = editor->findChild<QWidget*>(widget);
    QVERIFY(target);
    if (auto* line = qobject_cast<QLineEdit*>(target)) {
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, QStringLiteral("z")); // a real edit first, then the value under test
        line->setText(value);
    } else if (auto* combo = qobject_cast<QComboBox*>(target)) {
        combo->setCurrentIndex(-1);
    }

    const QString expected =
        code.isEmpty() ? QString() : ui::fieldErrorText(core::Error::make(toStd(code), {}, toStd(field)));
    const QString shown = editor->fieldError(field);
    if (!expected.isEmpty())
        QCOMPARE(shown, expected);
    else
        QVERIFY2(shown.contains(contains), qPrintable(shown));
    auto* label = editor->findChild<QLabel*>(field + QStringLiteral("Error"));
    QVERIFY(label);
    QVERIFY(!label->isHidden());
    QCOMPARE(label->text(), shown);
    QVERIFY(!save->isEnabled());
    QVERIFY(!editor->isValid());

    // Other fields stay quiet.
    for (const char* other : {"title", "description", "category", "lat", "lon", "address"})
        if (field != QLatin1String(other))
            QVERIFY2(editor->fieldError(QLatin1String(other)).isEmpty(), other);

    // Save cannot be forced either.
    QSignalSpy accepted(editor.get(), &QDialog::accepted);
    editor->accept();
    QCOMPARE(accepted.count(), 0);
}

void TestProblemEditor::validInputEnablesSave()
{
    auto editor = newEditor();
    auto* save = child<QPushButton>(editor.get(), "saveButton");
    QVERIFY(!save->isEnabled()); // nothing typed yet
    fillValid(*editor);
    QVERIFY(save->isEnabled());
    QVERIFY(editor->isValid());

    QSignalSpy accepted(editor.get(), &QDialog::accepted);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    const core::Problem p = editor->problem();
    QCOMPARE(p.title, std::string("가로등이 꺼져 있어요"));
    QCOMPARE(p.category, std::string("safety"));
    QCOMPARE(p.description, std::string("Dark since Monday."));
    QCOMPARE(p.address, std::string("둔산동 버스 정류장"));
    QVERIFY(qAbs(p.lat - kLat) < 1e-6);
    QVERIFY(qAbs(p.lon - kLon) < 1e-6);
    QVERIFY(core::validateProblem(p).ok());
    QVERIFY(editor->patch().empty()); // a new problem is not a patch
}

void TestProblemEditor::newProblemTitleIsNotScoldedBeforeTyping()
{
    auto editor = newEditor();
    editor->show();
    auto* label = child<QLabel>(editor.get(), "titleError");
    QVERIFY(label->isHidden());
    QVERIFY(!editor->fieldError(QStringLiteral("title")).isEmpty()); // still not valid
    auto* title = child<QLineEdit>(editor.get(), "titleEdit");
    QTest::keyClicks(title, QStringLiteral("a"));
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(!label->isHidden());
}

void TestProblemEditor::similarProblemsNearbyAreListed()
{
    const core::Problem near = createProblem("재활용 쓰레기통이 넘쳐요", "recycling", kLat + 0.0003, kLon);
    createProblem("Far away bins", "recycling", 37.5665, 126.9780);            // Seoul: too far
    createProblem("Street light out", "safety", kLat + 0.0002, kLon + 0.0001); // other category
    QVERIFY(m_store->setSupported(near.id, true).ok());

    auto editor = newEditor();
    auto* category = child<QComboBox>(editor.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("recycling")));
    child<QLineEdit>(editor.get(), "titleEdit")->setText(QStringLiteral("쓰레기통"));
    editor->refreshSimilarNow();

    ui::SimilarProblemsBox* box = editor->similarBox();
    QVERIFY(editor->similarCount() >= 1);
    QVERIFY(!box->isHidden());
    QVERIFY(box->entryText(0).contains(QStringLiteral("재활용 쓰레기통이 넘쳐요")));
    QVERIFY2(box->entryText(0).contains(QStringLiteral("33 m")), qPrintable(box->entryText(0)));
    QVERIFY2(box->entryText(0).contains(QStringLiteral("1 supporter")), qPrintable(box->entryText(0)));
    for (int i = 0; i < editor->similarCount(); ++i)
        QVERIFY(!box->entryText(i).contains(QStringLiteral("Far away")));
    auto* heading = child<QLabel>(box, "similarHeading");
    QVERIFY(heading->text().contains(QStringLiteral("(%1)").arg(editor->similarCount())));
}

void TestProblemEditor::supportInsteadClosesWithoutCreating()
{
    const core::Problem near = createProblem("Overflowing bins", "recycling", kLat, kLon + 0.0002);
    auto editor = newEditor();
    auto* category = child<QComboBox>(editor.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("recycling")));
    editor->refreshSimilarNow();
    QVERIFY(editor->similarCount() >= 1);

    QSignalSpy finished(editor.get(), &QDialog::finished);
    QTest::mouseClick(child<QPushButton>(editor->similarBox(), "supportButton0"), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toInt(), ui::ProblemEditor::SupportedExisting);
    QCOMPARE(editor->supportedProblemId(), near.id);
    QCOMPARE(m_store->countProblems({}).value(), 1); // nothing created by the dialog
}

void TestProblemEditor::similarHintFollowsTypingAfterAPause()
{
    createProblem("Broken bench", "green", kLat, kLon);
    auto editor = newEditor();
    QCOMPARE(editor->similarCount(), 0);
    auto* category = child<QComboBox>(editor.get(), "categoryCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("green")));
    QTRY_VERIFY_WITH_TIMEOUT(editor->similarCount() >= 1, 3000);
    // Moving far away clears the hint.
    child<QLineEdit>(editor.get(), "latEdit")->setText(QStringLiteral("35.1"));
    QTRY_COMPARE_WITH_TIMEOUT(editor->similarCount(), 0, 3000);
}

void TestProblemEditor::editReportsOnlyChangedFields()
{
    const core::Problem original = createProblem("Noisy generator", "noise", kLat, kLon);
    ui::ProblemEditor editor(*m_store, original);
    QVERIFY(!editor.isNewProblem());
    QVERIFY(editor.isValid());
    QVERIFY(editor.patch().empty());
    auto* status = child<QComboBox>(&editor, "statusCombo");
    status->setCurrentIndex(status->findData(static_cast<int>(core::ProblemStatus::Resolved)));
    child<QLineEdit>(&editor, "addressEdit")->setText(QStringLiteral("Market square"));

    const core::ProblemPatch patch = editor.patch();
    QVERIFY(patch.status == core::ProblemStatus::Resolved);
    QCOMPARE(patch.address, std::optional<std::string>("Market square"));
    QVERIFY(!patch.title);
    QVERIFY(!patch.category);
    QVERIFY(!patch.lat); // the coordinate text round trip must not count as a move
    QVERIFY(!patch.lon);
    QVERIFY(!patch.description);
    QCOMPARE(editor.problem().id, original.id);
    QCOMPARE(editor.similarCount(), 0); // no duplicate hint when editing
}

void TestProblemEditor::unknownStoredCategoryMustBeChosen()
{
    core::Problem imported;
    imported.id = "5b0c6f8e-4a57-4bd4-9a39-6f0a3c2b1d10";
    imported.title = "From an old file";
    imported.category = "potholes"; // not a category Balgul knows
    ui::ProblemEditor editor(*m_store, imported);
    QCOMPARE(child<QComboBox>(&editor, "categoryCombo")->currentIndex(), -1);
    QCOMPARE(editor.fieldError(QStringLiteral("category")),
             ui::fieldErrorText(core::Error::make("unknown_category", {}, "category")));
    QVERIFY(!child<QPushButton>(&editor, "saveButton")->isEnabled());
}

void TestProblemEditor::photoThatIsNotAnImageIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("minutes.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Meeting minutes, not a photo");
    file.close();

    auto editor = newEditor();
    fillValid(*editor);
    ui::PhotoPicker* picker = editor->photoPicker();
    QSignalSpy checked(picker, &ui::PhotoPicker::fileChecked);
    picker->addFiles({path});
    QTRY_COMPARE(checked.count(), 1);
    QCOMPARE(checked.front().at(1).toBool(), false);
    QCOMPARE(picker->photoCount(), 0);
    QVERIFY(picker->errorText().contains(QStringLiteral("minutes.jpg")));
    QVERIFY(!child<QLabel>(picker, "photoError")->isHidden());
    QVERIFY(editor->addedPhotos().isEmpty());
    QVERIFY(child<QPushButton>(editor.get(), "saveButton")->isEnabled()); // the rest can still be saved
}

void TestProblemEditor::photoIsAddedWithThumbnail()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString path = m_dir->filePath(QStringLiteral("park.png"));
    QVERIFY(image.save(path));

    auto editor = newEditor();
    fillValid(*editor);
    ui::PhotoPicker* picker = editor->photoPicker();
    picker->addFiles({path});
    QVERIFY(!editor->isValid()); // still decoding: Save waits
    QTRY_COMPARE(picker->photoCount(), 1);
    QCOMPARE(picker->pendingCount(), 0);
    QVERIFY(picker->errorText().isEmpty());
    QCOMPARE(editor->addedPhotos(), QStringList{path});
    QVERIFY(editor->isValid());
}

QTEST_MAIN(TestProblemEditor)
#include "test_problem_editor.moc"
