#pragma once

#include "ui/undo/store_command.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

namespace balgul::ui {

/// The problems one GeoJSON import added, as one step. The import itself ran on the thread pool
/// before the command was pushed, so the first redo does nothing; undo removes exactly those
/// problems and later redos bring them back, each in one transaction.
class ImportProblemsCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportProblemsCommand)

public:
    ImportProblemsCommand(core::Store& store, std::vector<std::string> ids, const QString& fileName,
                          CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<std::string>& problemIds() const { return m_ids; }

private:
    std::vector<std::string> m_ids;
    bool m_done = true; ///< the import already happened
};

} // namespace balgul::ui
