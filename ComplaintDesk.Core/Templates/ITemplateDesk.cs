using ComplaintDesk.Core.Common;
using ComplaintDesk.Core.Mail;

namespace ComplaintDesk.Core.Templates;

/// <summary>The templates administrators changed (<see cref="TemplateDesk"/>); a kind and language not listed speaks the shipped words.</summary>
public interface ITemplateDesk
{
    Task<IReadOnlyList<TemplateView>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The administrator's words for a kind in a language, or null when the shipped words stand.</summary>
    Task<TemplateView?> FindAsync(TemplatePurpose purpose, MessageKind kind, string culture, CancellationToken cancellationToken);

    /// <summary>Checks and stores new words, refusing them when the template changed since <see cref="TemplateChange.Version"/>.</summary>
    Task<TemplateView> SaveAsync(TemplateChange change, Actor actor, CancellationToken cancellationToken);

    /// <summary>Back to the shipped words: the administrator's are deleted, unless someone changed them since <paramref name="version"/>.</summary>
    Task ResetAsync(TemplatePurpose purpose, MessageKind kind, string culture, int version, Actor actor, CancellationToken cancellationToken);
}
