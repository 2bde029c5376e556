#pragma once

#include <QString>
#include <QWidget>

#include <cstdint>
#include <string>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace balgul::core {
class Store;
struct StoreChange;
} // namespace balgul::core

namespace balgul::ui {

class EvidenceCardList;
class PhotoStrip;

/// Everything about one problem: title, category, status, who and when, place, description,
/// photos, "me too" and comments, with Edit…, Delete and Show on map, and where the problem
/// stands with the city hub (with Resolve… for a conflict and Dismiss for a refusal). Follows store changes
/// for the problem it shows. The Store must outlive the panel.
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

signals:
    void editRequested(std::int64_t rowid);
    void deleteRequested(std::int64_t rowid);
    void showOnMapRequested(std::int64_t rowid);
    /// "Resolve…" was clicked for a problem in conflict with the hub.
    void resolveConflictRequested(std::int64_t rowid);
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
    void onStoreChange(const core::StoreChange& change);
    void toggleSupport(bool supported);
    void addComment();
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
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_showOnMap = nullptr;
    int m_supportCount = 0;
    int m_commentCount = 0;
};

} // namespace balgul::ui
