#pragma once

#include "core/sensor/evidence.h"
#include "ui/undo/store_command.h"

#include <QCoreApplication>

#include <cstdint>
#include <string>

namespace balgul::ui {

/// Attaches a window of a sensor series to a problem as evidence. The first redo reads the
/// readings and computes the summary and fingerprint; undo removes the evidence and later redos
/// store the very same row again (same id, summary and fingerprint), so a redo never silently
/// re-fingerprints readings that changed in between.
class AttachEvidenceCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AttachEvidenceCommand)

public:
    AttachEvidenceCommand(core::Store& store, std::string problemId, std::int64_t seriesId, std::int64_t from,
                          std::int64_t to, std::string label, CommandErrorHandler onError,
                          QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The evidence once attached (id empty before the first successful redo).
    const core::sensor::Evidence& evidence() const { return m_evidence; }

private:
    std::int64_t m_seriesId;
    core::sensor::Evidence m_evidence;
    bool m_attached = false;
};

/// Removes a problem's evidence; undo stores the same row again.
class RemoveEvidenceCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveEvidenceCommand)

public:
    RemoveEvidenceCommand(core::Store& store, core::sensor::Evidence evidence, CommandErrorHandler onError,
                          QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const core::sensor::Evidence& evidence() const { return m_evidence; }

private:
    core::sensor::Evidence m_evidence;
};

} // namespace balgul::ui
