import QtQuick
import Brug

// Scratch values with the same face as a RecordForm (values, errors, setValue), for dialogs
// whose fields are not a record of their own; nothing here is stored.
QtObject {
    property var values: ({})
    property var errors: ({})
    function setValue(field, value) {
        const copy = Object.assign({}, values)
        copy[field] = value
        values = copy
    }
    function has(field, code) { return (values[field] || []).indexOf(code) >= 0 }
}
