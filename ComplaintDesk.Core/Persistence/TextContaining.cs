using System.Linq.Expressions;
using System.Reflection;
using ComplaintDesk.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// "One of these columns contains this text, whatever its case", alike on both engines: the columns and the text are
/// both folded by <see cref="SearchText.Fold"/> (in the database, <see cref="SearchFoldTranslation"/>), so every Turkish
/// I finds every other as in the queue's search, and a plain <c>LIKE</c> compares them. The text's own <c>%</c>,
/// <c>_</c> and <c>\</c> are escaped, so what a person types is only ever looked for.
/// </summary>
internal static class TextContaining
{
    private static readonly MethodInfo _like =
        typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo _fold = typeof(SearchText).GetMethod(nameof(SearchText.Fold))!;

    public static IQueryable<T> WhereAnyContains<T>(this IQueryable<T> query, string text, params Expression<Func<T, string?>>[] columns)
    {
        // Read from a captured value, so the pattern goes to the database as a parameter.
        var pattern = Expression.Property(Expression.Constant(new Pattern(Escaped(SearchText.Fold(text)))), nameof(Pattern.Value));
        var row = Expression.Parameter(typeof(T), "row");
        var matches = columns
            .Select(column => (Expression)Expression.Call(
                _like,
                Expression.Constant(EF.Functions),
                Expression.Call(_fold, new RowOf(column.Parameters[0], row).Visit(column.Body)),
                pattern,
                Expression.Constant("\\")))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(matches, row));
    }

    private static string Escaped(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private sealed record Pattern(string Value);

    private sealed class RowOf(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
