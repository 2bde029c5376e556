#include "ui/undo/problem_commands.h"

#include "core/store/store.h"
#include "ui/qt_convert.h"

namespace balgul::ui {

namespace {

/// Calls `visit(name, newValue, oldSlot)` for each field of a patch, in a fixed order.
template <typename Patch, typename Visitor> void forEachField(Patch& patch, Visitor&& visit)
{
    visit("title", patch.title);
    visit("description", patch.description);
    visit("category", patch.category);
    visit("status", patch.status);
    visit("lat", patch.lat);
    visit("lon", patch.lon);
    visit("address", patch.address);
}

core::ProblemPatch valuesOf(const core::Problem& p, const core::ProblemPatch& fields)
{
    core::ProblemPatch old;
    if (fields.title)
        old.title = p.title;
    if (fields.description)
        old.description = p.description;
    if (fields.category)
        old.category = p.category;
    if (fields.status)
        old.status = p.status;
    if (fields.lat)
        old.lat = p.lat;
    if (fields.lon)
        old.lon = p.lon;
    if (fields.address)
        old.address = p.address;
    return old;
}

bool samePatch(const core::ProblemPatch& a, const core::ProblemPatch& b)
{
    return a.title == b.title && a.description == b.description && a.category == b.category &&
           a.status == b.status && a.lat == b.lat && a.lon == b.lon && a.address == b.address;
}

QString fieldLabel(const std::string& field)
{
    if (field == "title")
        return EditProblemCommand::tr("Change title");
    if (field == "description")
        return EditProblemCommand::tr("Change description");
    if (field == "category")
        return EditProblemCommand::tr("Change category");
    if (field == "status")
        return EditProblemCommand::tr("Change status");
    if (field == "lat" || field == "lon")
        return EditProblemCommand::tr("Move problem");
    if (field == "address")
        return EditProblemCommand::tr("Change address");
    return EditProblemCommand::tr("Edit problem");
}

} // namespace

std::string singleChangedField(const core::ProblemPatch& patch)
{
    std::string found;
    int count = 0;
    forEachField(patch, [&](const char* name, const auto& value) {
        if (value) {
            found = name;
            ++count;
        }
    });
    return count == 1 ? found : std::string();
}

core::ProblemPatch changedFields(const core::Problem& before, const core::ProblemPatch& change)
{
    core::ProblemPatch out;
    if (change.title && *change.title != before.title)
        out.title = change.title;
    if (change.description && *change.description != before.description)
        out.description = change.description;
    if (change.category && *change.category != before.category)
        out.category = change.category;
    if (change.status && *change.status != before.status)
        out.status = change.status;
    if (change.lat && *change.lat != before.lat)
        out.lat = change.lat;
    if (change.lon && *change.lon != before.lon)
        out.lon = change.lon;
    if (change.address && *change.address != before.address)
        out.address = change.address;
    return out;
}

// AddProblemCommand ------------------------------------------------------------------------------

AddProblemCommand::AddProblemCommand(core::Store& store, core::Problem draft, CommandErrorHandler onError,
                                     QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_problem(std::move(draft))
{
    setText(tr("Add problem “%1”").arg(toQ(m_problem.title)));
}

void AddProblemCommand::redo()
{
    if (!m_created) {
        auto created = store().createProblem(m_problem);
        if (!created) {
            fail(created.error());
            return;
        }
        m_problem = std::move(created).value();
        m_created = true;
        return;
    }
    if (auto status = store().restoreProblem(m_problem.id); !status) {
        fail(status.error());
        return;
    }
    if (auto restored = store().problem(m_problem.id))
        m_problem.rowid = restored->rowid;
}

void AddProblemCommand::undo()
{
    if (!m_created)
        return;
    if (auto status = store().removeProblem(m_problem.id); !status)
        fail(status.error());
}

// EditProblemCommand -----------------------------------------------------------------------------

EditProblemCommand::EditProblemCommand(core::Store& store, const core::Problem& before,
                                       const core::ProblemPatch& change, CommandErrorHandler onError,
                                       QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_problemId(before.id),
      m_new(changedFields(before, change)), m_old(valuesOf(before, m_new))
{
    updateText();
    // Nothing changed: QUndoStack::push drops an obsolete command without running it.
    if (m_new.empty())
        setObsolete(true);
}

void EditProblemCommand::redo()
{
    apply(m_new);
}

void EditProblemCommand::undo()
{
    apply(m_old);
}

void EditProblemCommand::apply(const core::ProblemPatch& patch)
{
    if (patch.empty())
        return;
    auto updated = store().updateProblem(m_problemId, patch);
    if (!updated)
        fail(updated.error());
}

bool EditProblemCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditProblemCommand*>(other);
    if (!next || next->m_problemId != m_problemId || failed() || next->failed())
        return false;
    const std::string field = singleChangedField(m_new);
    if (field.empty() || field != singleChangedField(next->m_new))
        return false;
    // The other command has already been applied; this one now stands for both steps.
    m_new = next->m_new;
    if (samePatch(m_new, m_old))
        setObsolete(true); // back where it started: the stack drops the step
    updateText();
    return true;
}

void EditProblemCommand::updateText()
{
    const std::string field = singleChangedField(m_new);
    if (!field.empty())
        setText(fieldLabel(field));
    else if (m_new.lat && m_new.lon && !m_new.title && !m_new.description && !m_new.category &&
             !m_new.status && !m_new.address)
        setText(tr("Move problem"));
    else
        setText(tr("Edit problem"));
}

// DeleteProblemCommand ---------------------------------------------------------------------------

DeleteProblemCommand::DeleteProblemCommand(core::Store& store, const core::Problem& problem,
                                           CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_problemId(problem.id)
{
    setText(tr("Delete problem “%1”").arg(toQ(problem.title)));
}

void DeleteProblemCommand::redo()
{
    if (auto status = store().removeProblem(m_problemId); !status)
        fail(status.error());
}

void DeleteProblemCommand::undo()
{
    if (auto status = store().restoreProblem(m_problemId); !status) {
        fail(status.error());
        return;
    }
    if (m_onRestored)
        if (const auto restored = store().problem(m_problemId))
            m_onRestored(restored->rowid);
}

// SupportProblemCommand --------------------------------------------------------------------------

SupportProblemCommand::SupportProblemCommand(core::Store& store, const core::Problem& problem, bool supported,
                                             CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_problemId(problem.id), m_supported(supported)
{
    setText(supported ? tr("Support “%1”").arg(toQ(problem.title))
                      : tr("Withdraw support for “%1”").arg(toQ(problem.title)));
}

void SupportProblemCommand::redo()
{
    m_before = store().isSupported(m_problemId);
    if (auto status = store().setSupported(m_problemId, m_supported); !status)
        fail(status.error());
}

void SupportProblemCommand::undo()
{
    if (m_before == m_supported)
        return;
    if (auto status = store().setSupported(m_problemId, m_before); !status)
        fail(status.error());
}

} // namespace balgul::ui
