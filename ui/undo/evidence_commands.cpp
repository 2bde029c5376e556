#include "ui/undo/evidence_commands.h"

#include "core/store/store.h"
#include "ui/qt_convert.h"

namespace balgul::ui {

namespace {

QString evidenceName(const core::sensor::Evidence& evidence)
{
    return toQ(evidence.label.empty() ? evidence.summary.externalId : evidence.label);
}

} // namespace

// AttachEvidenceCommand ---------------------------------------------------------------------------

AttachEvidenceCommand::AttachEvidenceCommand(core::Store& store, std::string problemId, std::int64_t seriesId,
                                             std::int64_t from, std::int64_t to, std::string label,
                                             CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_seriesId(seriesId)
{
    m_evidence.problemId = std::move(problemId);
    m_evidence.from = from;
    m_evidence.to = to;
    m_evidence.label = std::move(label);
    setText(tr("Attach sensor evidence"));
}

void AttachEvidenceCommand::redo()
{
    core::sensor::EvidenceStore evidence(store().database());
    if (m_evidence.id.empty()) {
        auto attached = evidence.attach(m_evidence.problemId, m_seriesId, m_evidence.from, m_evidence.to,
                                        m_evidence.label);
        if (!attached) {
            fail(attached.error());
            return;
        }
        m_evidence = std::move(attached).value();
        setText(tr("Attach sensor evidence “%1”").arg(evidenceName(m_evidence)));
    } else if (const core::Status restored = evidence.restore(m_evidence); !restored) {
        fail(restored.error());
        return;
    }
    m_attached = true;
}

void AttachEvidenceCommand::undo()
{
    if (!m_attached)
        return;
    if (const core::Status removed = core::sensor::EvidenceStore(store().database()).remove(m_evidence.id);
        !removed) {
        fail(removed.error());
        return;
    }
    m_attached = false;
}

// RemoveEvidenceCommand ---------------------------------------------------------------------------

RemoveEvidenceCommand::RemoveEvidenceCommand(core::Store& store, core::sensor::Evidence evidence,
                                             CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_evidence(std::move(evidence))
{
    setText(tr("Remove sensor evidence “%1”").arg(evidenceName(m_evidence)));
}

void RemoveEvidenceCommand::redo()
{
    if (const core::Status removed = core::sensor::EvidenceStore(store().database()).remove(m_evidence.id);
        !removed)
        fail(removed.error());
}

void RemoveEvidenceCommand::undo()
{
    if (const core::Status restored = core::sensor::EvidenceStore(store().database()).restore(m_evidence);
        !restored)
        fail(restored.error());
}

} // namespace balgul::ui
