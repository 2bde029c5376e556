#include "ui/undo/import_commands.h"

#include "core/store/store.h"

#include <utility>

namespace balgul::ui {

ImportProblemsCommand::ImportProblemsCommand(core::Store& store, std::vector<std::string> ids,
                                             const QString& fileName, CommandErrorHandler onError,
                                             QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_ids(std::move(ids))
{
    setText(tr("Import %n problem(s) from “%1”", nullptr, static_cast<int>(m_ids.size())).arg(fileName));
}

void ImportProblemsCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    if (auto restored = store().restoreProblems(m_ids); !restored)
        fail(restored.error());
}

void ImportProblemsCommand::undo()
{
    if (auto removed = store().removeProblems(m_ids); !removed)
        fail(removed.error());
}

} // namespace balgul::ui
