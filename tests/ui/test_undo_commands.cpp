// The undo commands on a real store: redo / undo / redo of each, the outbox recording every
// step, merging of consecutive edits, and failures reported instead of swallowed.
#include "core/store/store.h"
#include "ui/undo/photo_commands.h"
#include "ui/undo/problem_commands.h"

#include "tests/support/test_support.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>
#include <vector>

using namespace balgul;
using balgul::test::toStd;

Q_DECLARE_METATYPE(core::ProblemPatch)

class TestUndoCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addProblemRedoUndoRedo();
    void editProblem_data();
    void editProblem();
    void editKeepsOnlyChangedFields();
    void editWithoutChangesIsDropped();
    void consecutiveEditsOfOneFieldMerge();
    void editsOfOtherFieldsOrProblemsDoNotMerge();
    void mergingBackToTheStartDropsTheStep();
    void deleteProblemRedoUndoRedo();
    void supportRedoUndo();
    void addPhotoRedoUndoRedo();
    void removePhotoRedoUndo();
    void failuresAreReported_data();
    void failuresAreReported();

private:
    core::Problem createProblem(const std::string& title, double lat = 36.35, double lon = 127.38);
    QString writePng(const QString& name, Qt::GlobalColor color);
    ui::CommandErrorHandler recorder()
    {
        return [this](const core::Error& e) { m_errors.push_back(e); };
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    std::vector<core::Error> m_errors;
};

void TestUndoCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("balgul.sqlite"))));
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    m_stack = std::make_unique<QUndoStack>();
    m_errors.clear();
}

void TestUndoCommands::cleanup()
{
    m_stack.reset();
    m_store.reset();
    m_dir.reset();
}

core::Problem TestUndoCommands::createProblem(const std::string& title, double lat, double lon)
{
    core::Problem draft;
    draft.title = title;
    draft.category = "air";
    draft.lat = lat;
    draft.lon = lon;
    auto created = m_store->createProblem(draft);
    if (!created)
        qFatal("createProblem failed: %s", created.error().toString().c_str());
    return created.value();
}

QString TestUndoCommands::writePng(const QString& name, Qt::GlobalColor color)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(color);
    const QString path = m_dir->filePath(name);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestUndoCommands::addProblemRedoUndoRedo()
{
    core::Problem draft;
    draft.title = "미세먼지 측정소 고장";
    draft.category = "air";
    draft.lat = 36.3504;
    draft.lon = 127.3845;
    const auto outbox0 = m_store->outboxSize();

    auto* command = new ui::AddProblemCommand(*m_store, draft, recorder());
    m_stack->push(command);
    QVERIFY(m_errors.empty());
    const std::string id = command->problemId();
    QVERIFY(!id.empty());
    const auto created = m_store->problem(id);
    QVERIFY(created);
    QCOMPARE(created->title, draft.title);
    QCOMPARE(command->rowid(), created->rowid);
    QCOMPARE(m_store->outboxSize(), outbox0 + 1);

    m_stack->undo();
    QVERIFY(!m_store->problem(id));
    QCOMPARE(m_store->countProblems({}).value(), 0);
    QCOMPARE(m_store->outboxSize(), outbox0 + 2);
    QCOMPARE(m_store->outbox().back().kind, std::string("delete"));

    m_stack->redo();
    const auto restored = m_store->problem(id);
    QVERIFY(restored); // the same problem (same id) is back, not a copy
    QCOMPARE(restored->title, draft.title);
    QCOMPARE(m_store->countProblems({}).value(), 1);
    QCOMPARE(m_store->outboxSize(), outbox0 + 3);
    QVERIFY(m_errors.empty());
}

void TestUndoCommands::editProblem_data()
{
    QTest::addColumn<core::ProblemPatch>("patch");
    core::ProblemPatch p;
    p.title = "New title";
    QTest::addRow("title") << p;
    p = {};
    p.description = "Worse at night";
    QTest::addRow("description") << p;
    p = {};
    p.category = "traffic";
    QTest::addRow("category") << p;
    p = {};
    p.status = core::ProblemStatus::Resolved;
    QTest::addRow("status") << p;
    p = {};
    p.lat = 36.4;
    p.lon = 127.4;
    QTest::addRow("location") << p;
    p = {};
    p.address = "대전광역시 서구 둔산로 100";
    QTest::addRow("address") << p;
}

void TestUndoCommands::editProblem()
{
    QFETCH(core::ProblemPatch, patch);
    const core::Problem before = createProblem("Old title");
    const auto outbox0 = m_store->outboxSize();

    auto check = [&](bool changed) {
        const auto now = m_store->problem(before.id);
        QVERIFY(now);
        if (patch.title)
            QCOMPARE(now->title, changed ? *patch.title : before.title);
        if (patch.description)
            QCOMPARE(now->description, changed ? *patch.description : before.description);
        if (patch.category)
            QCOMPARE(now->category, changed ? *patch.category : before.category);
        if (patch.status)
            QCOMPARE(static_cast<int>(now->status),
                     static_cast<int>(changed ? *patch.status : before.status));
        if (patch.lat)
            QCOMPARE(now->lat, changed ? *patch.lat : before.lat);
        if (patch.lon)
            QCOMPARE(now->lon, changed ? *patch.lon : before.lon);
        if (patch.address)
            QCOMPARE(now->address, changed ? *patch.address : before.address);
    };

    m_stack->push(new ui::EditProblemCommand(*m_store, before, patch, recorder()));
    QCOMPARE(m_stack->count(), 1);
    check(true);
    QCOMPARE(m_store->outboxSize(), outbox0 + 1);
    m_stack->undo();
    check(false);
    QCOMPARE(m_store->outboxSize(), outbox0 + 2);
    m_stack->redo();
    check(true);
    QCOMPARE(m_store->outboxSize(), outbox0 + 3);
    QVERIFY(m_errors.empty());
}

void TestUndoCommands::editKeepsOnlyChangedFields()
{
    const core::Problem before = createProblem("Same title");
    core::ProblemPatch patch;
    patch.title = before.title; // unchanged
    patch.category = "air";     // unchanged
    patch.address = "Somewhere";
    auto* command = new ui::EditProblemCommand(*m_store, before, patch, recorder());
    QVERIFY(!command->newValues().title);
    QVERIFY(!command->newValues().category);
    QCOMPARE(command->newValues().address, std::optional<std::string>("Somewhere"));
    QCOMPARE(command->oldValues().address, std::optional<std::string>(""));
    QCOMPARE(ui::singleChangedField(command->newValues()), std::string("address"));
    m_stack->push(command);
    // The op names only the field that changed.
    const std::string fields = m_store->outbox().back().fieldsJson;
    QVERIFY2(fields.find("address") != std::string::npos, fields.c_str());
    QVERIFY2(fields.find("title") == std::string::npos, fields.c_str());
}

void TestUndoCommands::editWithoutChangesIsDropped()
{
    const core::Problem before = createProblem("Unchanged");
    const auto outbox0 = m_store->outboxSize();
    core::ProblemPatch patch;
    patch.title = before.title;
    m_stack->push(new ui::EditProblemCommand(*m_store, before, patch, recorder()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_store->outboxSize(), outbox0);
}

void TestUndoCommands::consecutiveEditsOfOneFieldMerge()
{
    const core::Problem original = createProblem("A");
    for (const char* title : {"Ab", "Abc", "Abcd"}) {
        const auto before = m_store->problem(original.id);
        core::ProblemPatch patch;
        patch.title = title;
        m_stack->push(new ui::EditProblemCommand(*m_store, *before, patch, recorder()));
    }
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_store->problem(original.id)->title, std::string("Abcd"));
    m_stack->undo();
    QCOMPARE(m_store->problem(original.id)->title, std::string("A")); // one step back to the start
    m_stack->redo();
    QCOMPARE(m_store->problem(original.id)->title, std::string("Abcd"));
}

void TestUndoCommands::editsOfOtherFieldsOrProblemsDoNotMerge()
{
    const core::Problem first = createProblem("First");
    const core::Problem second = createProblem("Second");
    core::ProblemPatch title;
    title.title = "First, renamed";
    m_stack->push(new ui::EditProblemCommand(*m_store, first, title, recorder()));
    core::ProblemPatch address;
    address.address = "Next to the school";
    m_stack->push(new ui::EditProblemCommand(*m_store, *m_store->problem(first.id), address, recorder()));
    QCOMPARE(m_stack->count(), 2);
    core::ProblemPatch otherTitle;
    otherTitle.title = "Second, renamed";
    m_stack->push(new ui::EditProblemCommand(*m_store, second, otherTitle, recorder()));
    QCOMPARE(m_stack->count(), 3);
    core::ProblemPatch both;
    both.title = "Second, again";
    both.address = "Corner";
    m_stack->push(new ui::EditProblemCommand(*m_store, *m_store->problem(second.id), both, recorder()));
    QCOMPARE(m_stack->count(), 4); // several fields at once never merge

    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_store->problem(second.id)->title, std::string("Second"));
    QCOMPARE(m_store->problem(first.id)->address, std::string("Next to the school"));
}

void TestUndoCommands::mergingBackToTheStartDropsTheStep()
{
    const core::Problem original = createProblem("Start");
    core::ProblemPatch away;
    away.title = "Elsewhere";
    m_stack->push(new ui::EditProblemCommand(*m_store, original, away, recorder()));
    core::ProblemPatch back;
    back.title = "Start";
    m_stack->push(new ui::EditProblemCommand(*m_store, *m_store->problem(original.id), back, recorder()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_store->problem(original.id)->title, std::string("Start"));
}

void TestUndoCommands::deleteProblemRedoUndoRedo()
{
    const core::Problem problem = createProblem("To delete");
    const auto outbox0 = m_store->outboxSize();
    m_stack->push(new ui::DeleteProblemCommand(*m_store, problem, recorder()));
    QVERIFY(!m_store->problem(problem.id));
    QCOMPARE(m_store->outboxSize(), outbox0 + 1);
    m_stack->undo();
    QVERIFY(m_store->problem(problem.id));
    QCOMPARE(m_store->problem(problem.id)->title, problem.title);
    QCOMPARE(m_store->outboxSize(), outbox0 + 2);
    m_stack->redo();
    QVERIFY(!m_store->problem(problem.id));
    QCOMPARE(m_store->outboxSize(), outbox0 + 3);
    QVERIFY(m_errors.empty());
}

void TestUndoCommands::supportRedoUndo()
{
    const core::Problem problem = createProblem("Support me");
    const auto outbox0 = m_store->outboxSize();
    m_stack->push(new ui::SupportProblemCommand(*m_store, problem, true, recorder()));
    QVERIFY(m_store->isSupported(problem.id));
    QCOMPARE(m_store->problem(problem.id)->supportCount, 1);
    QVERIFY(m_store->outboxSize() > outbox0);
    m_stack->undo();
    QVERIFY(!m_store->isSupported(problem.id));
    QCOMPARE(m_store->problem(problem.id)->supportCount, 0);
    m_stack->redo();
    QVERIFY(m_store->isSupported(problem.id));
    QVERIFY(m_errors.empty());
}

void TestUndoCommands::addPhotoRedoUndoRedo()
{
    const core::Problem problem = createProblem("With photo");
    const QString path = writePng(QStringLiteral("street.png"), Qt::red);
    const auto outbox0 = m_store->outboxSize();

    auto* command = new ui::AddPhotoCommand(*m_store, problem.id, toStd(path), recorder());
    m_stack->push(command);
    QVERIFY2(m_errors.empty(), m_errors.empty() ? "" : m_errors.front().toString().c_str());
    const std::string sha = command->attachment().sha256;
    QCOMPARE(m_store->attachments(problem.id).size(), std::size_t(1));
    QCOMPARE(m_store->attachments(problem.id).front().sha256, sha);
    QCOMPARE(m_store->outboxSize(), outbox0 + 1);

    m_stack->undo();
    QVERIFY(m_store->attachments(problem.id).empty());
    QCOMPARE(m_store->outboxSize(), outbox0 + 2);

    QVERIFY(QFile::remove(path)); // the redo must not need the original file any more
    m_stack->redo();
    QVERIFY2(m_errors.empty(), m_errors.empty() ? "" : m_errors.front().toString().c_str());
    const auto again = m_store->attachments(problem.id);
    QCOMPARE(again.size(), std::size_t(1));
    QCOMPARE(again.front().sha256, sha);
    QCOMPARE(again.front().fileName, std::string("street.png"));
    QCOMPARE(m_store->outboxSize(), outbox0 + 3);
}

void TestUndoCommands::removePhotoRedoUndo()
{
    const core::Problem problem = createProblem("Photo to remove");
    auto attached = m_store->attachFile(problem.id, toStd(writePng(QStringLiteral("a.png"), Qt::blue)));
    QVERIFY(attached.ok());
    const auto outbox0 = m_store->outboxSize();

    m_stack->push(new ui::RemovePhotoCommand(*m_store, attached.value(), recorder()));
    QVERIFY(m_store->attachments(problem.id).empty());
    QCOMPARE(m_store->outboxSize(), outbox0 + 1);
    m_stack->undo();
    const auto back = m_store->attachments(problem.id);
    QCOMPARE(back.size(), std::size_t(1));
    QCOMPARE(back.front().sha256, attached->sha256);
    QCOMPARE(m_store->outboxSize(), outbox0 + 2);
    m_stack->redo();
    QVERIFY(m_store->attachments(problem.id).empty());
    QVERIFY(m_errors.empty());
}

void TestUndoCommands::failuresAreReported_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("photo that is not an image") << QStringLiteral("text-photo");
    QTest::addRow("photo file missing") << QStringLiteral("missing-photo");
    QTest::addRow("edit of a deleted problem") << QStringLiteral("edit-deleted");
    QTest::addRow("invalid new problem") << QStringLiteral("invalid-add");
}

void TestUndoCommands::failuresAreReported()
{
    QFETCH(QString, kind);
    core::Problem problem = createProblem("Target");
    if (kind == QLatin1String("text-photo")) {
        const QString path = m_dir->filePath(QStringLiteral("notes.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a picture");
        file.close();
        m_stack->push(new ui::AddPhotoCommand(*m_store, problem.id, toStd(path), recorder()));
    } else if (kind == QLatin1String("missing-photo")) {
        m_stack->push(new ui::AddPhotoCommand(
            *m_store, problem.id, toStd(m_dir->filePath(QStringLiteral("gone.jpg"))), recorder()));
    } else if (kind == QLatin1String("edit-deleted")) {
        QVERIFY(m_store->removeProblem(problem.id).ok());
        core::ProblemPatch patch;
        patch.title = "Too late";
        m_stack->push(new ui::EditProblemCommand(*m_store, problem, patch, recorder()));
    } else {
        core::Problem draft;
        draft.title = "";
        draft.category = "air";
        m_stack->push(new ui::AddProblemCommand(*m_store, draft, recorder()));
    }
    QCOMPARE(m_errors.size(), std::size_t(1));
    QVERIFY(!m_errors.front().code.empty());
    QCOMPARE(m_stack->count(), 0); // a step that did not happen is not offered for undo
}

QTEST_MAIN(TestUndoCommands)
#include "test_undo_commands.moc"
