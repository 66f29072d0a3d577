#include "serverrows.h"

namespace brug {

ServerRows::ServerRows(std::shared_ptr<Statement> statement) : m_statement(std::move(statement))
{
    m_statement->busy = true;
}

ServerRows::ServerRows(ServerRows &&other) noexcept = default;

ServerRows::~ServerRows()
{
    if (!m_statement)
        return;
    m_statement->query.finish();
    m_statement->busy = false;
}

} // namespace brug
