#pragma once

#include "core/util/result.h"

#include <QUndoCommand>

#include <functional>

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// Receives the store error of a command that could not be done or undone.
using CommandErrorHandler = std::function<void(const core::Error&)>;

/// Base of the undo commands that change a core::Store.
///
/// A step that fails reports its Error through the handler and marks the command
/// obsolete, so QUndoStack drops it instead of keeping a step that no longer matches
/// the store.
class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(core::Store& store, CommandErrorHandler onError, QUndoCommand* parent = nullptr)
        : QUndoCommand(parent), m_store(store), m_onError(std::move(onError))
    {}

    /// True once a redo or undo of this command failed.
    bool failed() const { return m_failed; }

protected:
    core::Store& store() const { return m_store; }

    /// Records a failure: the command becomes obsolete and the handler hears of it.
    void fail(const core::Error& error)
    {
        m_failed = true;
        setObsolete(true);
        if (m_onError)
            m_onError(error);
    }

private:
    core::Store& m_store;
    CommandErrorHandler m_onError;
    bool m_failed = false;
};

} // namespace balgul::ui
