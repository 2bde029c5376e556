#pragma once

#include "ui/undo/store_command.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <string>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;
class QVBoxLayout;

namespace balgul::core {
class Store;
struct Comment;
struct StoreChange;
} // namespace balgul::core

namespace balgul::ui {

class EvidenceCardList;
class PhotoStrip;
class StatusHistoryView;

/// Everything about one problem: title, category, status, who and when, place, description,
/// photos, "me too" and comments, with Edit…, Delete and Show on map, and where the problem
/// stands with the city hub (with Resolve… for a conflict; for a refused change a banner that stays
/// until the user takes the hub's version back or keeps the change as a comment). Edit… and Delete
/// are offered only where the hub would take the change from the signed-in account. Follows store
/// changes for the problem it shows. The Store must outlive the panel.
///
/// Widgets for tests: syncLabel, resolveButton, refusalBanner, refusalText, refusedChange,
/// revertRefusedButton, keepRefusedButton, dismissRejectionButton, editButton, deleteButton,
/// readOnlyNote, setStatusButton ("Set status…" for a coordinator, "Reopen…" for the author of a
/// fixed or closed problem), statusHistory, markDuplicateButton ("Mark as duplicate…" for a
/// coordinator: one step of Edit ▸ Undo with an undo stack), duplicateOfLabel (on a merged
/// duplicate, a link to the problem it was merged into).
///
/// The user's own comments have Edit and Delete (editCommentButton, deleteCommentButton); with an
/// undo stack, "me too" and every comment change are steps of it.
class ProblemDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemDetailPanel(core::Store& store, QWidget* parent = nullptr);
    ~ProblemDetailPanel() override;

    /// Shows a problem; 0 (or a problem that does not exist) shows the empty state.
    void showProblem(std::int64_t rowid);
    std::int64_t problemRowid() const { return m_rowid; }
    /// The shown problem's sensor evidence cards.
    EvidenceCardList* evidenceList() const { return m_evidence; }
    /// "Me too" and comments go through this stack (not owned; none: straight to the store).
    /// `onError` hears of a step that fails later, on undo or redo.
    void setUndoStack(QUndoStack* stack, CommandErrorHandler onError);
    /// Puts a comment's text in the comment box to be changed (only the user's own comments).
    void startEditingComment(const QString& commentId);
    /// Offers Edit… and Delete only where the hub lets the signed-in account make that change
    /// (after a sign-in or a change of role).
    void refreshRights();

signals:
    void editRequested(std::int64_t rowid);
    void deleteRequested(std::int64_t rowid);
    void showOnMapRequested(std::int64_t rowid);
    /// "Resolve…" was clicked for a problem in conflict with the hub.
    void resolveConflictRequested(std::int64_t rowid);
    /// The link to another problem was clicked (a merged duplicate's kept problem).
    void problemLinkActivated(std::int64_t rowid);
    /// A store operation failed; the message is for the user.
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void refresh();
    void refreshComments();
    void refreshPhotos();
    void refreshSync();
    /// A change the hub refused: Use the hub's version / Keep as a comment.
    void refreshRefusal(bool refused);
    void keepRefusedAsComment();
    /// Offers "Set status…" or "Reopen…" where the account may change the status.
    void refreshStatusAction();
    void changeStatus();
    /// "Mark as duplicate…" for staff; "Duplicate of …" on a merged duplicate.
    void refreshMerge();
    void markAsDuplicate();
    void onStoreChange(const core::StoreChange& change);
    void toggleSupport(bool supported);
    void addComment();
    void deleteComment(const std::string& commentId);
    void stopEditingComment();
    bool isOwnComment(const core::Comment& comment) const;
    CommandErrorHandler commandErrors();
    /// Runs a command through the undo stack; false when it failed (its error is then shown).
    bool push(StoreCommand* command, bool errorUnderComments);
    void showCommentError(const QString& message);

    core::Store& m_store;
    int m_listener = 0;
    std::int64_t m_rowid = 0;
    std::string m_problemId;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_categoryChip = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_sync = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_dismissRejection = nullptr;
    QWidget* m_refusal = nullptr; ///< the banner of a refused change
    QLabel* m_refusalText = nullptr;
    QLabel* m_refusedChange = nullptr;
    QPushButton* m_revertRefused = nullptr;
    QPushButton* m_keepRefused = nullptr;
    QLabel* m_readOnlyNote = nullptr; ///< why Edit… is not offered
    QLabel* m_addressCaption = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_coordinatesCaption = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_photosHeading = nullptr;
    PhotoStrip* m_photos = nullptr;
    EvidenceCardList* m_evidence = nullptr;
    QPushButton* m_support = nullptr;
    QLabel* m_commentsHeading = nullptr;
    QWidget* m_commentList = nullptr;
    QVBoxLayout* m_commentLayout = nullptr;
    QLabel* m_noComments = nullptr;
    QPlainTextEdit* m_commentEdit = nullptr;
    QLabel* m_commentError = nullptr;
    QPushButton* m_addComment = nullptr;
    QPushButton* m_cancelCommentEdit = nullptr;
    std::string m_editingCommentId; ///< the comment the comment box changes (empty: adds a new one)
    QUndoStack* m_undoStack = nullptr;
    CommandErrorHandler m_onError;
    bool m_pushing = false;
    bool m_pushFailed = false;
    bool m_errorUnderComments = false;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_showOnMap = nullptr;
    QPushButton* m_setStatus = nullptr;
    QPushButton* m_markDuplicate = nullptr;
    QLabel* m_duplicateOf = nullptr;
    StatusHistoryView* m_history = nullptr;
    int m_supportCount = 0;
    int m_commentCount = 0;
};

} // namespace balgul::ui
