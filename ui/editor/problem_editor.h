#pragma once

#include "core/domain/problem.h"

#include <QDialog>
#include <QGeoCoordinate>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class MapView;
class PhotoPicker;
class SimilarProblemsBox;
class TileSource;

/// The "New problem" / "Edit problem" dialog.
///
/// It only reads the store (similar problems, existing photos): what the user asked for is
/// read back with problem(), patch(), addedPhotos() and removedPhotos() and turned into
/// undo commands by the caller. Every field is checked as it is typed; a message in plain
/// words appears under a field that is not right and Save stays disabled until all are.
/// core::validateProblem is the final check before the dialog accepts.
///
/// Esc, Cancel and closing the window ask before throwing away what was typed (a window-modal
/// question, discardQuestion, with the buttons discardButton and keepEditingButton); Ctrl+Enter
/// saves. Tab goes through the fields in the order they are on screen.
///
/// Widgets carry object names for tests: titleEdit, descriptionEdit, categoryCombo,
/// statusCombo, latEdit, lonEdit, addressEdit, locationMap, photoList, addPhotoButton,
/// similarBox, saveButton, cancelButton, and <field>Error labels (titleError, latError, …).
class ProblemEditor : public QDialog
{
    Q_OBJECT

public:
    /// done() code when the user chose to support an existing problem instead.
    static constexpr int SupportedExisting = 2;

    /// A new problem at `location` (the point the user clicked).
    ProblemEditor(core::Store& store, const QGeoCoordinate& location, QWidget* parent = nullptr);
    /// An existing problem.
    ProblemEditor(core::Store& store, const core::Problem& problem, QWidget* parent = nullptr);
    ~ProblemEditor() override;

    bool isNewProblem() const { return !m_original.has_value(); }
    /// The problem as the fields describe it (for a new problem: the draft to create).
    core::Problem problem() const;
    /// Only the fields that differ from the problem being edited (empty for a new one).
    core::ProblemPatch patch() const;
    /// Photo files to attach, in order.
    QStringList addedPhotos() const;
    /// Stored photos to detach.
    std::vector<core::Attachment> removedPhotos() const;
    /// The problem the user chose to support instead (after done(SupportedExisting)).
    const std::string& supportedProblemId() const { return m_supportedId; }

    /// True when every field is acceptable (Save is enabled).
    bool isValid() const;
    /// True when the user typed, chose or added anything since the dialog opened.
    bool hasChanges() const;
    /// What is wrong with a field ("title", "description", "category", "lat", "lon", "address"),
    /// empty when it is fine. (A new problem's empty title is only shown once the user typed.)
    QString fieldError(const QString& field) const;

    /// Leaves editable only what the hub lets the signed-in account change: the problem's own
    /// fields (title, description, category, place, address), its status, its photos. The rest
    /// is shown but cannot be changed.
    void setAllowedChanges(bool fields, bool status, bool photos);

    /// The base map of the small location map (none: plain map).
    void setTileSource(std::unique_ptr<TileSource> source);
    /// Runs the duplicate search now instead of after the typing pause.
    void refreshSimilarNow();
    int similarCount() const;
    PhotoPicker* photoPicker() const { return m_photos; }
    SimilarProblemsBox* similarBox() const { return m_similar; }

public slots:
    void accept() override;
    /// Closes without saving, after asking when anything was typed (hasChanges()).
    void reject() override;

private:
    struct FieldError
    {
        QString field;
        QLabel* label = nullptr;
        QString message;
    };

    void buildUi();
    void loadProblem(const core::Problem& problem);
    void validate();
    void setFieldError(const QString& field, const QString& message);
    void scheduleSimilar();
    void updateMapFromFields();
    void moveLocation(const QGeoCoordinate& coordinate);
    void supportInstead(const QString& problemId);
    void updateTabOrder();
    std::optional<double> parseCoordinate(const QLineEdit* edit) const;
    FieldError* findError(const QString& field);
    const FieldError* findError(const QString& field) const;

    core::Store& m_store;
    std::optional<core::Problem> m_original;

    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_lat = nullptr;
    QLineEdit* m_lon = nullptr;
    QLineEdit* m_address = nullptr;
    MapView* m_map = nullptr;
    PhotoPicker* m_photos = nullptr;
    SimilarProblemsBox* m_similar = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_formError = nullptr;
    std::vector<FieldError> m_errors;
    bool m_titleTouched = false; ///< a new problem's empty title is not scolded before the user types
    QTimer* m_similarTimer = nullptr;
    std::string m_supportedId;
    bool m_loading = false;
    core::Problem m_opened; ///< the fields as the dialog showed them first
    QPointer<QMessageBox> m_discardQuestion;
};

/// A sentence a citizen understands for a validation Error of a problem field.
QString fieldErrorText(const core::Error& error);

} // namespace balgul::ui
